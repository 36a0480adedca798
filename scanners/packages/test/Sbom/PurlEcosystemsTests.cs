using Bulwark.Scanners.Packages.Model;
using Bulwark.Scanners.Packages.Sbom;

namespace Bulwark.Scanners.Packages.Tests.Sbom;

public class PurlEcosystemsTests
{
    [Theory]
    [InlineData("pkg:deb/debian/openssl@3.0.11-1?distro=debian-12", Ecosystems.Debian, "12")]
    [InlineData("pkg:deb/debian/openssl@3.0.11-1?distro=debian-12.5", Ecosystems.Debian, "12")]
    [InlineData("pkg:deb/debian/openssl@3.0.11-1?distro=bullseye", Ecosystems.Debian, "11")]
    [InlineData("pkg:deb/ubuntu/openssl@3.0.2-0ubuntu1.15?distro=ubuntu-22.04", Ecosystems.Ubuntu, "22.04")]
    [InlineData("pkg:deb/ubuntu/openssl@3.0.13?distro=noble", Ecosystems.Ubuntu, "24.04")]
    [InlineData("pkg:apk/alpine/musl@1.2.4-r2?distro=alpine-3.19.1", Ecosystems.Alpine, "v3.19")]
    [InlineData("pkg:apk/alpine/musl@1.2.4-r2?distro=v3.18", Ecosystems.Alpine, "v3.18")]
    [InlineData("pkg:rpm/almalinux/bash@5.1.8-6.el9?distro=almalinux-9.3", Ecosystems.AlmaLinux, "9")]
    [InlineData("pkg:rpm/redhat/bash@5.1.8-6.el9", Ecosystems.RedHat, null)]
    [InlineData("pkg:rpm/opensuse/bash@5.2?distro=opensuse-leap-15.5", Ecosystems.OpenSuse, "leap-15.5")]
    public void Os_purls_give_the_distribution_ecosystem_and_the_release_osv_uses(string text, string ecosystem, string? release)
    {
        Assert.True(PurlParser.TryParse(text, out var purl, out _));

        var identity = PurlEcosystems.Identify(purl, out var error);

        Assert.Equal("", error);
        Assert.Equal((ecosystem, release), (identity!.Value.Ecosystem, identity.Value.Release));
    }

    [Theory]
    [InlineData("pkg:github/actions/checkout@v4", "purl type 'github' is not an ecosystem Bulwark matches advisories for")]
    [InlineData("pkg:deb/kali/openssl@3", "deb packages of 'kali' are not a distribution Bulwark matches advisories for")]
    [InlineData("pkg:rpm/openssl@3", "rpm packages of '(no namespace)' are not a distribution Bulwark matches advisories for")]
    public void Purls_of_ecosystems_bulwark_does_not_match_say_so(string text, string expected)
    {
        Assert.True(PurlParser.TryParse(text, out var purl, out _));

        Assert.Null(PurlEcosystems.Identify(purl, out var error));
        Assert.Equal(expected, error);
    }
}
