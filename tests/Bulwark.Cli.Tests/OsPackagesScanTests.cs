namespace Bulwark.Cli.Tests;

/// <summary>
/// Installed OS packages of a root filesystem, matched by source package and the distribution's own fixed
/// versions (../shared/osv holds DEBIAN-CVE records for Debian 12 rebuilt from bookworm's changelogs).
/// </summary>
public sealed class OsPackagesScanTests : IDisposable
{
    private readonly TempProject _project = new();

    public void Dispose() => _project.Dispose();

    [SharedOsvFact]
    public void Debian_packages_match_on_their_source_package_and_a_backported_fix_clears_them()
    {
        _project
            .Write("rootfs/etc/os-release", "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\nVERSION_ID=\"12\"\nVERSION_CODENAME=bookworm\nID=debian\n")
            .Write("rootfs/var/lib/dpkg/status", """
                Package: openssh-client
                Status: install ok installed
                Priority: standard
                Architecture: amd64
                Source: openssh
                Version: 1:9.2p1-2
                Description: secure shell (SSH) client

                Package: passwd
                Status: install ok installed
                Architecture: amd64
                Source: shadow
                Version: 1:4.13+dfsg1-1+deb12u1
                Description: change and administer password and group data

                Package: bsdutils
                Status: install ok installed
                Architecture: amd64
                Source: util-linux (2.38.1-5)
                Version: 1:2.38.1-5+b1
                Description: basic utilities from 4.4BSD-Lite

                """);
        var cache = _project.Path("cache");
        Assert.Equal(0, CliRun.Of(_project.Root, "db", "import", SharedData.Osv!, "--cache-dir", cache).ExitCode);

        var run = CliRun.Of(_project.Root, "scan", "rootfs", "--scanners", "packages", "--cache-dir", cache, "--format", "json");

        var findings = run.Json().GetProperty("findings").EnumerateArray().ToList();
        var ssh = findings.Single(f => f.GetProperty("ruleId").GetString() == "DEBIAN-CVE-2023-38408");
        Assert.StartsWith("openssh-client 1:9.2p1-2 (source package openssh)", ssh.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("(CVE-2023-38408)", ssh.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("Fixed in 1:9.2p1-2+deb12u1", ssh.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("var/lib/dpkg/status", ssh.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(1, ssh.GetProperty("location").GetProperty("startLine").GetInt32());
        // passwd carries bookworm's security update: the backported fix clears it.
        Assert.DoesNotContain(findings, f => f.GetProperty("message").GetString()!.StartsWith("passwd", StringComparison.Ordinal));
        // A binNMU (+b1) is judged by its source version 2.38.1-5, which is before the fix 2.38.1-5+deb12u1.
        var util = findings.Single(f => f.GetProperty("ruleId").GetString() == "DEBIAN-CVE-2024-28085");
        Assert.StartsWith("bsdutils 1:2.38.1-5+b1 (source package util-linux 2.38.1-5)", util.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(16, util.GetProperty("location").GetProperty("startLine").GetInt32());
    }
}
