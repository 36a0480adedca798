using Bulwark.Scanners.Host.Config;
using Bulwark.Scanners.Host.Tests.Files;

namespace Bulwark.Scanners.Host.Tests.Config;

public class SystemdSyntaxTests
{
    private static readonly SystemdSyntax Systemd = new();

    [Fact]
    public void Keys_are_section_dot_key_and_drop_ins_apply_after_the_main_file_in_name_order()
    {
        using var tree = new FixtureTree()
            .Write("/etc/systemd/journald.conf", "[Journal]\n#Storage=auto\nStorage=volatile\nCompress=yes\n")
            .Write("/usr/lib/systemd/journald.conf.d/20-vendor.conf", "[Journal]\nStorage=auto\nForwardToSyslog=no\n")
            .Write("/etc/systemd/journald.conf.d/10-site.conf", "[Journal]\nCompress=no\n")
            .Write("/etc/systemd/journald.conf.d/30-site.conf", "[Journal]\nStorage=persistent\n");

        var read = Systemd.Read(tree.Files, "/etc/systemd/journald.conf");

        Assert.Empty(read.Problems);
        Assert.Equal(new ConfigEntry("Journal.Storage", "persistent", "/etc/systemd/journald.conf.d/30-site.conf", 2), Systemd.Effective(read.Entries, "Journal.Storage"));
        Assert.Equal("no", Systemd.Effective(read.Entries, "Journal.Compress")!.Value);
        Assert.Equal("no", Systemd.Effective(read.Entries, "Journal.ForwardToSyslog")!.Value);
    }

    [Fact]
    public void A_drop_in_in_etc_masks_the_vendor_drop_in_of_the_same_name()
    {
        using var tree = new FixtureTree()
            .Write("/etc/systemd/journald.conf", "[Journal]\n")
            .Write("/usr/lib/systemd/journald.conf.d/50-vendor.conf", "[Journal]\nStorage=volatile\n")
            .Write("/etc/systemd/journald.conf.d/50-vendor.conf", "[Journal]\nStorage=persistent\n");

        var read = Systemd.Read(tree.Files, "/etc/systemd/journald.conf");

        Assert.Equal(["/etc/systemd/journald.conf.d/50-vendor.conf"], read.Entries.Select(e => e.File));
    }

    [Fact]
    public void Without_the_file_in_etc_the_vendor_main_file_is_read_and_only_nothing_at_all_is_missing()
    {
        using var tree = new FixtureTree().Write("/usr/lib/systemd/logind.conf", "[Login]\nKillUserProcesses=no\n");

        var read = Systemd.Read(tree.Files, "/etc/systemd/logind.conf");

        Assert.False(read.Missing);
        Assert.Equal("/usr/lib/systemd/logind.conf", Systemd.Effective(read.Entries, "Login.KillUserProcesses")!.File);
        Assert.True(Systemd.Read(tree.Files, "/etc/systemd/timesyncd.conf").Missing);
    }

    [Fact]
    public void Assignments_outside_a_section_are_problems_and_comments_of_both_kinds_are_skipped()
    {
        using var tree = new FixtureTree().Write("/etc/systemd/coredump.conf", "Storage=none\n; x\n# y\n[Coredump]\nProcessSizeMax=0\nnonsense\n");

        var read = Systemd.Read(tree.Files, "/etc/systemd/coredump.conf");

        Assert.Equal(["Coredump.ProcessSizeMax"], read.Entries.Select(e => e.Key));
        Assert.Equal(
            ["/etc/systemd/coredump.conf:1: 'Storage=none' is outside any [Section]; systemd ignores it",
             "/etc/systemd/coredump.conf:6: cannot read 'nonsense' as Key=value"],
            read.Problems);
    }
}
