using Bulwark.Scanners.Packages.Extractors.Os;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Os;

public class DistributionDetectorTests
{
    [Fact]
    public void Etc_os_release_wins_over_usr_lib_which_wins_over_the_family_file()
    {
        var files = new Dictionary<string, string>
        {
            ["r/etc/os-release"] = "ID=debian\nVERSION_ID=12\n",
            ["r/usr/lib/os-release"] = "ID=debian\nVERSION_ID=11\n",
            ["r/etc/debian_version"] = "10.13\n",
        };

        Assert.Equal("12", Detect("r/", OsPackageFormat.Dpkg, files).Release);
        files.Remove("r/etc/os-release");
        Assert.Equal("11", Detect("r/", OsPackageFormat.Dpkg, files).Release);
        files.Remove("r/usr/lib/os-release");
        Assert.Equal("10", Detect("r/", OsPackageFormat.Dpkg, files).Release);
    }

    [Theory]
    [InlineData("Dpkg", "etc/debian_version", "12.5\n", "Debian", "12", "debian-12")]
    [InlineData("Dpkg", "etc/debian_version", "bookworm/sid\n", "Debian", "12", "debian-bookworm")]
    [InlineData("Apk", "etc/alpine-release", "3.18.6\n", "Alpine", "v3.18", "alpine-3.18.6")]
    [InlineData("Rpm", "etc/redhat-release", "AlmaLinux release 9.3 (Shamrock Pampas Cat)\n", "AlmaLinux", "9", "almalinux-9.3")]
    [InlineData("Rpm", "etc/redhat-release", "Rocky Linux release 8.9 (Green Obsidian)\n", "Rocky Linux", "8", "rocky-8.9")]
    [InlineData("Rpm", "etc/redhat-release", "Red Hat Enterprise Linux release 9.3 (Plow)\n", "Red Hat", "enterprise_linux:9", "rhel-9.3")]
    public void Family_release_files_stand_in_for_os_release(string format, string file, string content, string ecosystem, string release, string distro)
    {
        var distribution = Detect("", Enum.Parse<OsPackageFormat>(format), new() { [file] = content });

        Assert.Equal((ecosystem, release, distro, (string?)null), (distribution.Ecosystem, distribution.Release, distribution.DistroQualifier, distribution.Problem));
    }

    [Fact]
    public void Centos_from_redhat_release_is_named_but_not_matched()
    {
        var distribution = Detect("", OsPackageFormat.Rpm, new() { ["etc/redhat-release"] = "CentOS Linux release 7.9.2009 (Core)\n" });

        Assert.Equal(("centos", "centos-7.9.2009"), (distribution.Ecosystem, distribution.DistroQualifier));
        Assert.Contains("is not a distribution OSV publishes advisories for", distribution.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_family_files_and_an_empty_os_release_do_not_throw()
    {
        Assert.NotNull(Detect("", OsPackageFormat.Rpm, new() { ["etc/redhat-release"] = "something else entirely" }).Problem);
        Assert.NotNull(Detect("", OsPackageFormat.Apk, new() { ["etc/alpine-release"] = "edge" }).Problem);
        Assert.Equal("linux", Detect("", OsPackageFormat.Dpkg, new() { ["etc/os-release"] = "garbage\n" }).Ecosystem);
    }

    [Fact]
    public void A_reader_that_fails_is_treated_as_a_missing_file()
    {
        var distribution = DistributionDetector.Detect("img/", OsPackageFormat.Apk, _ => throw new IOException("disk gone"));

        Assert.Equal(("Alpine", (string?)null), (distribution.Ecosystem, distribution.Release));
        Assert.Equal(
            "No etc/os-release, usr/lib/os-release or etc/alpine-release under 'img', so the distribution release is unknown; "
            + "OS advisories are published per release, so these packages cannot be matched against them.",
            distribution.Problem);
    }

    private static Distribution Detect(string root, OsPackageFormat format, Dictionary<string, string> files) =>
        DistributionDetector.Detect(root, format, path => files.GetValueOrDefault(path));
}
