using Bulwark.Scanners.Integrity.Changes;
using Bulwark.Scanners.Integrity.Meaning;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity.Tests.Meaning;

public sealed class DpkgStatusFactsTests
{
    private const string Path = "/var/lib/dpkg/status";

    private const string Status = """
        Package: openssh-server
        Status: install ok installed
        Priority: optional
        Architecture: amd64
        Version: 1:9.2p1-2+deb12u2
        Depends: libc6 (>= 2.36), openssh-client (= 1:9.2p1-2+deb12u2)
        Description: secure shell (SSH) server
         This is the portable version of OpenSSH.
         .
         Version: 0.0 in a description is not a field

        Package: tzdata
        Status: hold ok installed
        Architecture: all
        Version: 2024a-0+deb12u1

        Package: telnet
        Status: deinstall ok config-files
        Architecture: amd64
        Version: 0.17+2.4-2

        Package: libssl3
        Status: install ok installed
        Architecture: amd64
        Version: 3.0.11-1~deb12u2


        """;

    private readonly DpkgStatusFacts _reader = new();

    private List<Change> Compare(string before, string after) => Sample.Compare(_reader, Path, before, after);

    [Fact]
    public void Installed_and_held_packages_are_facts_and_leftover_config_files_are_not()
    {
        Assert.Equal(
            ["libssl3:amd64\t3.0.11-1~deb12u2", "openssh-server:amd64\t1:9.2p1-2+deb12u2", "tzdata:all\t2024a-0+deb12u1"],
            Sample.Read(_reader, Status));
    }

    [Fact]
    public void A_newer_version_is_an_upgrade()
    {
        var change = Assert.Single(Compare(Status, Status.Replace("3.0.11-1~deb12u2", "3.0.13-1~deb12u1")));

        Assert.Equal(ChangeKinds.PackageChanged, change.Kind);
        Assert.Equal("libssl3:amd64", change.Subject);
        Assert.Equal([new ChangeDetail("package", null, "libssl3:amd64"), new("version", "3.0.11-1~deb12u2", "3.0.13-1~deb12u1")], change.Details);
        Assert.Equal("package libssl3:amd64 upgraded from 3.0.11-1~deb12u2 to 3.0.13-1~deb12u1", change.Message);
    }

    [Fact]
    public void An_older_version_is_a_downgrade()
    {
        var change = Assert.Single(Compare(Status, Status.Replace("Version: 1:9.2p1-2+deb12u2", "Version: 1:9.2p1-2")));

        Assert.Equal(ChangeKinds.PackageChanged, change.Kind);
        Assert.Contains("downgraded", change.Message);
    }

    [Fact]
    public void A_package_left_with_only_its_config_files_counts_as_removed()
    {
        var change = Assert.Single(Compare(Status, Status.Replace("tzdata\nStatus: hold ok installed", "tzdata\nStatus: deinstall ok config-files")));

        Assert.Equal(ChangeKinds.PackageRemoved, change.Kind);
        Assert.Equal("tzdata:all", change.Subject);
        Assert.Equal([new ChangeDetail("package", "tzdata:all", null), new("version", "2024a-0+deb12u1", null)], change.Details);
    }

    [Fact]
    public void A_new_stanza_is_a_package_installed()
    {
        var after = Status + "Package: nmap\nStatus: install ok installed\nArchitecture: amd64\nVersion: 7.93+dfsg1-1\n";

        var change = Assert.Single(Compare(Status, after));

        Assert.Equal(ChangeKinds.PackageInstalled, change.Kind);
        Assert.Equal("package nmap:amd64 7.93+dfsg1-1 was installed", change.Message);
    }

    [Fact]
    public void A_package_half_way_through_an_install_is_not_yet_installed()
    {
        var after = Status + "Package: nmap\nStatus: install reinstreq half-installed\nArchitecture: amd64\nVersion: 7.93+dfsg1-1\n";

        Assert.Empty(Compare(Status, after));
    }

    [Fact]
    public void A_package_deselected_but_still_on_disk_stays_installed()
    {
        Assert.Empty(Compare(Status, Status.Replace("tzdata\nStatus: hold ok installed", "tzdata\nStatus: deinstall ok installed")));
    }

    [Fact]
    public void The_same_package_for_two_architectures_is_two_facts()
    {
        var after = Status + "Package: libssl3\nStatus: install ok installed\nArchitecture: i386\nVersion: 3.0.11-1~deb12u2\n";

        var change = Assert.Single(Compare(Status, after));

        Assert.Equal("libssl3:i386", change.Subject);
    }
}
