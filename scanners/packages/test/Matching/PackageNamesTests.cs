using Bulwark.Scanners.Packages.Matching;

namespace Bulwark.Scanners.Packages.Tests.Matching;

public sealed class PackageNamesTests
{
    [Theory]
    [InlineData("Django", "django")]
    [InlineData("zope.interface", "zope-interface")]
    [InlineData("Zope_Interface", "zope-interface")]
    [InlineData("typing__extensions", "typing-extensions")]
    [InlineData("foo.-_bar", "foo-bar")]
    [InlineData("ruamel.yaml.clib", "ruamel-yaml-clib")]
    [InlineData("_private", "-private")]
    public void PyPI_names_follow_pep_503(string name, string expected) =>
        Assert.Equal(expected, PackageNames.Normalise("PyPI", name));

    [Fact]
    public void Two_spellings_of_one_python_project_meet() =>
        Assert.Equal(PackageNames.Normalise("PyPI", "PyYAML"), PackageNames.Normalise("PyPI", "pyyaml"));

    [Theory]
    [InlineData("org.apache.logging.log4j:log4j-core")]
    [InlineData("com.fasterxml.jackson.core:jackson-databind")]
    [InlineData("io.netty:netty-codec-http")]
    public void Maven_group_and_artifact_are_kept_as_written(string name) =>
        Assert.Equal(name, PackageNames.Normalise("Maven", name));

    [Fact]
    public void Maven_does_not_fold_separators_the_way_pypi_does() =>
        Assert.NotEqual(PackageNames.Normalise("Maven", "org.example:my_lib"), PackageNames.Normalise("Maven", "org.example:my-lib"));

    [Theory]
    [InlineData("serde_json", "serde-json")]
    [InlineData("Serde-Json", "serde-json")]
    [InlineData("tokio", "tokio")]
    public void Crate_names_treat_dash_and_underscore_alike(string name, string expected) =>
        Assert.Equal(expected, PackageNames.Normalise("crates.io", name));

    [Theory]
    [InlineData("Newtonsoft.Json", "newtonsoft.json")]
    [InlineData("NEWTONSOFT.JSON", "newtonsoft.json")]
    [InlineData("System.Text.Encodings.Web", "system.text.encodings.web")]
    public void NuGet_ids_are_case_insensitive_and_keep_their_dots(string name, string expected) =>
        Assert.Equal(expected, PackageNames.Normalise("NuGet", name));

    [Theory]
    [InlineData("Debian:12", "OpenSSH", "openssh")]
    [InlineData("Packagist", "Symfony/HTTP-Kernel", "symfony/http-kernel")]
    public void Release_suffixed_and_case_insensitive_ecosystems_lower_case(string ecosystem, string name, string expected) =>
        Assert.Equal(expected, PackageNames.Normalise(ecosystem, name));

    [Theory]
    [InlineData("npm", "@Babel/Core")]
    [InlineData("Go", "github.com/BurntSushi/toml")]
    [InlineData("RubyGems", "jquery-rails")]
    public void Other_ecosystems_compare_names_exactly(string ecosystem, string name) =>
        Assert.Equal(name, PackageNames.Normalise(ecosystem, name));

    [Fact]
    public void Surrounding_white_space_is_ignored() =>
        Assert.Equal("lodash", PackageNames.Normalise("npm", " lodash "));
}
