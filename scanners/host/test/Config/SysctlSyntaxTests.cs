using Bulwark.Scanners.Host.Config;
using Bulwark.Scanners.Host.Tests.Files;

namespace Bulwark.Scanners.Host.Tests.Config;

public class SysctlSyntaxTests
{
    private static readonly SysctlSyntax Sysctl = new();

    [Fact]
    public void Files_apply_in_name_order_across_directories_and_sysctl_conf_last()
    {
        using var tree = new FixtureTree()
            .Write("/usr/lib/sysctl.d/50-default.conf", "net.ipv4.ip_forward = 1\nkernel.kptr_restrict = 1\n")
            .Write("/etc/sysctl.d/10-early.conf", "net.ipv4.ip_forward = 0\n")
            .Write("/run/sysctl.d/60-run.conf", "kernel.kptr_restrict=2\nnet.ipv4.conf.all.rp_filter = 2\n")
            .Write("/etc/sysctl.conf", "net.ipv4.conf.all.rp_filter = 1\n");

        var read = Sysctl.Read(tree.Files, "/");

        Assert.Equal(
            ["/etc/sysctl.d/10-early.conf", "/usr/lib/sysctl.d/50-default.conf", "/usr/lib/sysctl.d/50-default.conf", "/run/sysctl.d/60-run.conf",
             "/run/sysctl.d/60-run.conf", "/etc/sysctl.conf"],
            read.Entries.Select(e => e.File));
        Assert.Equal("1", Sysctl.Effective(read.Entries, "net.ipv4.ip_forward")!.Value);
        Assert.Equal("2", Sysctl.Effective(read.Entries, "kernel.kptr_restrict")!.Value);
        Assert.Equal(new ConfigEntry("net.ipv4.conf.all.rp_filter", "1", "/etc/sysctl.conf", 1), Sysctl.Effective(read.Entries, "net.ipv4.conf.all.rp_filter"));
    }

    [Fact]
    public void A_file_in_etc_overrides_the_same_name_in_run_and_usr_lib()
    {
        using var tree = new FixtureTree()
            .Write("/usr/lib/sysctl.d/50-default.conf", "net.ipv4.ip_forward = 1\n")
            .Write("/run/sysctl.d/50-default.conf", "net.ipv4.ip_forward = 2\n")
            .Write("/etc/sysctl.d/50-default.conf", "# emptied by the admin\n");

        var read = Sysctl.Read(tree.Files, "/etc/sysctl.conf");

        Assert.Empty(read.Entries);
        Assert.False(read.Missing);
    }

    [Fact]
    public void Slash_keys_are_normalised_to_dots_and_a_leading_dash_is_dropped()
    {
        using var tree = new FixtureTree().Write("/etc/sysctl.d/90-net.conf", "net/ipv4/conf/eth0.100/rp_filter=1\n-net.ipv6.conf.all.disable_ipv6 = 1\n; old\nbogus line\n");

        var read = Sysctl.Read(tree.Files, "/");

        Assert.Equal(["net.ipv4.conf.eth0/100.rp_filter", "net.ipv6.conf.all.disable_ipv6"], read.Entries.Select(e => e.Key));
        Assert.NotNull(Sysctl.Effective(read.Entries, "net/ipv6/conf/all/disable_ipv6"));
        Assert.Equal(["/etc/sysctl.d/90-net.conf:4: cannot read 'bogus line' as key = value"], read.Problems);
    }

    [Fact]
    public void Nothing_to_read_is_missing()
    {
        using var tree = new FixtureTree();

        Assert.True(Sysctl.Read(tree.Files, "/").Missing);
    }
}
