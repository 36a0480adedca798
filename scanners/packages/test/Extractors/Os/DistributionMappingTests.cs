using Bulwark.Scanners.Packages.Extractors.Os;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Os;

public class DistributionMappingTests
{
    [Theory]
    [InlineData("ID=debian\nVERSION_ID=\"12\"\nVERSION_CODENAME=bookworm", "Dpkg", "Debian", "12", "debian-12")]
    [InlineData("ID=debian\nVERSION_ID=\"11\"", "Dpkg", "Debian", "11", "debian-11")]
    [InlineData("ID=debian\nVERSION_CODENAME=trixie\nPRETTY_NAME=\"Debian GNU/Linux trixie/sid\"", "Dpkg", "Debian", "13", "debian-trixie")]
    [InlineData("ID=ubuntu\nVERSION_ID=\"22.04\"\nVERSION=\"22.04.4 LTS (Jammy Jellyfish)\"", "Dpkg", "Ubuntu", "22.04:LTS", "ubuntu-22.04")]
    [InlineData("ID=ubuntu\nVERSION_ID=\"24.04\"", "Dpkg", "Ubuntu", "24.04:LTS", "ubuntu-24.04")]
    [InlineData("ID=ubuntu\nVERSION_ID=\"23.10\"\nVERSION=\"23.10 (Mantic Minotaur)\"", "Dpkg", "Ubuntu", "23.10", "ubuntu-23.10")]
    [InlineData("ID=ubuntu\nVERSION_ID=\"23.04\"\nVERSION=\"23.04 (Lunar Lobster)\"", "Dpkg", "Ubuntu", "23.04", "ubuntu-23.04")]
    [InlineData("ID=alpine\nVERSION_ID=3.19.1", "Apk", "Alpine", "v3.19", "alpine-3.19.1")]
    [InlineData("ID=alpine\nVERSION_ID=3.21.0_alpha20240807", "Apk", "Alpine", "v3.21", "alpine-3.21.0_alpha20240807")]
    [InlineData("ID=\"rhel\"\nVERSION_ID=\"9.3\"", "Rpm", "Red Hat", "enterprise_linux:9", "rhel-9.3")]
    [InlineData("ID=\"almalinux\"\nVERSION_ID=\"9.3\"", "Rpm", "AlmaLinux", "9", "almalinux-9.3")]
    [InlineData("ID=\"rocky\"\nVERSION_ID=\"8.9\"", "Rpm", "Rocky Linux", "8", "rocky-8.9")]
    [InlineData("ID=\"opensuse-leap\"\nVERSION_ID=\"15.5\"\nPRETTY_NAME=\"openSUSE Leap 15.5\"", "Rpm", "openSUSE", "Leap 15.5", "opensuse-leap-15.5")]
    [InlineData("ID=\"opensuse-tumbleweed\"\nVERSION_ID=\"20240321\"\nPRETTY_NAME=\"openSUSE Tumbleweed\"", "Rpm", "openSUSE", "Tumbleweed", "opensuse-tumbleweed-20240321")]
    [InlineData("ID=\"sles\"\nVERSION_ID=\"15.5\"\nPRETTY_NAME=\"SUSE Linux Enterprise Server 15 SP5\"", "Rpm", "SUSE", "Linux Enterprise Server 15 SP5", "sles-15.5")]
    public void Os_release_maps_to_the_osv_ecosystem_and_release(string osRelease, string format, string ecosystem, string release, string distro)
    {
        var distribution = DistributionMapping.From(OsRelease.Parse(osRelease), Enum.Parse<OsPackageFormat>(format), "etc/os-release");

        Assert.Equal((ecosystem, release, distro, (string?)null, (string?)null),
            (distribution.Ecosystem, distribution.Release, distribution.DistroQualifier, distribution.PurlNamespace, distribution.Problem));
    }

    [Fact]
    public void Debian_unstable_has_no_release_number_and_says_so()
    {
        var distribution = DistributionMapping.From(OsRelease.Parse("ID=debian\nVERSION_CODENAME=sid\nPRETTY_NAME=\"Debian GNU/Linux trixie/sid\""), OsPackageFormat.Dpkg, "etc/os-release");

        Assert.Equal(("Debian", (string?)null, "debian-sid"), (distribution.Ecosystem, distribution.Release, distribution.DistroQualifier));
        Assert.Equal(
            "Debian GNU/Linux trixie/sid (etc/os-release) names no release OSV knows (VERSION_ID '', VERSION_CODENAME 'sid'); advisories are published per release, so these packages cannot be matched against them.",
            distribution.Problem);
    }

    [Fact]
    public void A_derivative_keeps_its_own_id_as_ecosystem_and_purl_namespace()
    {
        var distribution = DistributionMapping.From(OsRelease.Parse("ID=linuxmint\nID_LIKE=\"ubuntu debian\"\nVERSION_ID=\"21.3\"\nPRETTY_NAME=\"Linux Mint 21.3\""), OsPackageFormat.Dpkg, "etc/os-release");

        Assert.Equal(("linuxmint", (string?)null, "linuxmint", "linuxmint-21.3"),
            (distribution.Ecosystem, distribution.Release, distribution.PurlNamespace, distribution.DistroQualifier));
        Assert.Equal("Linux Mint 21.3 (ID 'linuxmint' in etc/os-release) is not a distribution OSV publishes advisories for; its packages are listed but cannot be matched against advisories.", distribution.Problem);
    }

    [Fact]
    public void A_distribution_that_does_not_use_the_database_format_is_not_trusted()
    {
        var distribution = DistributionMapping.From(OsRelease.Parse("ID=ubuntu\nVERSION_ID=\"22.04\"\nPRETTY_NAME=\"Ubuntu 22.04.4 LTS\""), OsPackageFormat.Rpm, "etc/os-release");

        Assert.Equal(("ubuntu", (string?)null), (distribution.Ecosystem, distribution.Release));
        Assert.Equal("etc/os-release says Ubuntu 22.04.4 LTS, which does not use rpm databases; its packages are listed but cannot be matched against advisories.", distribution.Problem);
    }

    [Fact]
    public void Os_release_quoting_comments_and_escapes_are_understood()
    {
        var fields = OsRelease.Parse("# comment\nNAME='Single Quoted'\nPRETTY_NAME=\"Say \\\"hi\\\" \\\\ bye\"\r\nnot an assignment\n=novalue\nID=plain\n");

        Assert.Equal("Single Quoted", fields["NAME"]);
        Assert.Equal("Say \"hi\" \\ bye", fields["PRETTY_NAME"]);
        Assert.Equal("plain", fields["ID"]);
        Assert.Equal(3, fields.Count);
    }
}
