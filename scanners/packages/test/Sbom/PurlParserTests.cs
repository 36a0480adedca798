using Bulwark.Scanners.Packages.Model;
using Bulwark.Scanners.Packages.Sbom;

namespace Bulwark.Scanners.Packages.Tests.Sbom;

public class PurlParserTests
{
    [Theory]
    [InlineData("pkg:maven/org.apache.commons/io@1.3.4", "maven", "org.apache.commons", "io", "1.3.4")]
    [InlineData("pkg:npm/%40angular/animation@12.3.1", "npm", "@angular", "animation", "12.3.1")]
    [InlineData("pkg:npm/@babel/core", "npm", "@babel", "core", null)]
    [InlineData("pkg:golang/github.com/gin-gonic/gin@v1.9.1", "golang", "github.com/gin-gonic", "gin", "v1.9.1")]
    [InlineData("pkg:PYPI/Django_Utils@1.0", "pypi", null, "django-utils", "1.0")]
    [InlineData("pkg:composer/Laravel/Framework@10.0.0", "composer", "laravel", "framework", "10.0.0")]
    [InlineData("pkg://npm/left-pad@1.3.0", "npm", null, "left-pad", "1.3.0")]
    [InlineData("pkg:deb/debian/bash@5.2.15-2%2Bb2", "deb", "debian", "bash", "5.2.15-2+b2")]
    [InlineData("pkg:deb/debian/libc6@1:2.36-9", "deb", "debian", "libc6", "1:2.36-9")]
    [InlineData("pkg:npm/%E2%9C%93@1.0.0", "npm", null, "✓", "1.0.0")]
    [InlineData("pkg:cargo/serde@", "cargo", null, "serde", null)]
    public void Splits_a_purl_into_decoded_parts(string text, string type, string? space, string name, string? version)
    {
        Assert.True(PurlParser.TryParse(text, out var purl, out var error), error);

        Assert.Equal((type, space, name, version), (purl.Type, purl.Namespace, purl.Name, purl.Version));
    }

    [Fact]
    public void Qualifiers_are_decoded_with_lower_case_keys_and_empty_values_dropped_and_the_subpath_is_kept()
    {
        Assert.True(PurlParser.TryParse(
            "pkg:generic/openssl@1.1.0g?Download_URL=https%3A%2F%2Fopenssl.org%2Fsource%2Fopenssl-1.1.0g.tar.gz&arch=&checksum=sha256:de4d#./lib/../crypto/",
            out var purl,
            out var error), error);

        Assert.Equal(
            ["checksum=sha256:de4d", "download_url=https://openssl.org/source/openssl-1.1.0g.tar.gz"],
            purl.Qualifiers.OrderBy(q => q.Key).Select(q => $"{q.Key}={q.Value}"));
        Assert.Equal("lib/crypto", purl.Subpath);
    }

    [Theory]
    [InlineData("npm/left-pad@1.3.0", "it does not start with 'pkg:'")]
    [InlineData("pkg:npm", "it has no type and name ('pkg:type/name')")]
    [InlineData("pkg:npm/@1.0.0", "it has no name")]
    [InlineData("pkg:1npm/x@1", "'1npm' is not a valid type (letters, digits, '.', '+' and '-', not starting with a digit)")]
    [InlineData("pkg:npm/x@1%2", "'1%2' has a '%' that is not followed by two hex digits")]
    [InlineData("pkg:npm/x@1?arch=a&arch=b", "the qualifier 'arch' appears twice")]
    [InlineData("pkg:npm/x@1?=a", "the qualifier '=a' is not key=value with a key of letters, digits, '.', '-' or '_'")]
    public void An_invalid_purl_is_an_error_that_says_what_is_wrong(string text, string reason)
    {
        Assert.False(PurlParser.TryParse(text, out var purl, out var error));

        Assert.Null(purl);
        Assert.Equal($"'{text}' is not a valid package URL: {reason}", error);
    }

    [Theory]
    [InlineData(Ecosystems.Npm, "@babel/core", "7.24.0")]
    [InlineData(Ecosystems.Maven, "org.apache.logging.log4j:log4j-core", "2.17.1")]
    [InlineData(Ecosystems.Go, "golang.org/x/net", "v0.17.0")]
    [InlineData(Ecosystems.Packagist, "symfony/http-kernel", "6.4.0")]
    [InlineData(Ecosystems.NuGet, "Newtonsoft.Json", "13.0.1")]
    [InlineData(Ecosystems.RubyGems, "rails", "7.1.3")]
    [InlineData(Ecosystems.CratesIo, "tokio", "1.36.0")]
    [InlineData(Ecosystems.PyPI, "requests", "2.31.0")]
    [InlineData(Ecosystems.Npm, "weird name+plus", "1.0.0-rc.1+build.5")]
    public void What_purl_for_writes_parses_back_to_the_same_ecosystem_name_and_version(string ecosystem, string name, string version)
    {
        Assert.True(PurlParser.TryParse(Purl.For(ecosystem, name, version), out var purl, out var error), error);

        var identity = PurlEcosystems.Identify(purl, out error);
        Assert.Equal((ecosystem, name, (string?)null), identity);
        Assert.Equal(version, purl.Version);
    }
}
