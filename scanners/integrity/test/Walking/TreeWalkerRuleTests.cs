using System.Runtime.Versioning;
using Bulwark.Scanners.Integrity.Walking;

namespace Bulwark.Scanners.Integrity.Tests.Walking;

/// <summary>What the walk visits under a policy: rule paths with wildcards, exclusions, non-recursive rules, linked parents.</summary>
[SupportedOSPlatform("linux")]
public sealed class TreeWalkerRuleTests : IDisposable
{
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void A_rule_whose_path_passes_through_a_linked_parent_yields_nothing_from_the_host()
    {
        _tree.Link("/etc", "/etc");
        const string policy = "rules:\n  - { path: /etc/ssh, group: content }\n  - { path: /etc/passwd, group: content }\n";

        Assert.Empty(_tree.Paths(policy));
        Assert.Null(_tree.Walker(policy).Examine("/etc/passwd"));
        Assert.Empty(_tree.Walker(policy).WalkFrom("/etc/ssh"));
    }

    [Fact]
    public void A_rule_on_a_linked_directory_records_the_link_alone()
    {
        _tree.Link("/etc", "/etc");

        var walk = _tree.Walk("rules:\n  - { path: /etc, group: content }\n");

        var link = Assert.Single(walk);
        Assert.Equal("/etc", link.Path);
        Assert.Equal(FileType.SymbolicLink, link.Stat!.Value.Type);
    }

    [Fact]
    public void A_wildcard_rule_finds_each_users_ssh_directory_and_nothing_else_in_their_homes()
    {
        _tree.File("/home/alice/.ssh/authorized_keys");
        _tree.File("/home/alice/notes.txt");
        _tree.File("/home/bob/.ssh/id_ed25519.pub");
        _tree.File("/home/bob/.ssh/config");
        _tree.Dir("/home/carol");
        _tree.Dir("/home/dave");
        _tree.Link("/home/dave/.ssh", "/root/.ssh");
        _tree.Link("/home/eve", "/home");

        var paths = _tree.Paths("rules:\n  - { path: /home/*/.ssh, group: content }\n");

        Assert.Equal(
            ["/home/alice/.ssh", "/home/alice/.ssh/authorized_keys", "/home/bob/.ssh", "/home/bob/.ssh/config", "/home/bob/.ssh/id_ed25519.pub", "/home/dave/.ssh"],
            paths);
    }

    [Fact]
    public void Excluded_paths_and_everything_under_them_are_absent()
    {
        _tree.File("/var/log/syslog");
        _tree.File("/var/log/journal/0123/system.journal");
        _tree.File("/var/log/journalist.log");
        _tree.File("/etc/passwd");
        _tree.File("/etc/.passwd.swp");
        _tree.File("/etc/vim.swp/inside");

        var paths = _tree.Paths(TempTree.WholeTree + "exclude: [/var/log/journal, '*.swp']\n");

        Assert.Equal(["/", "/etc", "/etc/passwd", "/var", "/var/log", "/var/log/journalist.log", "/var/log/syslog"], paths);
    }

    [Fact]
    public void A_non_recursive_rule_yields_only_its_own_path()
    {
        _tree.File("/srv/a");
        _tree.File("/srv/b/c");

        var walk = _tree.Walk("rules:\n  - { path: /srv, group: permissions, recurse: false }\n");

        Assert.Equal(["/srv"], walk.Select(o => o.Path));
        Assert.Null(Assert.Single(walk).Error);
    }

    [Fact]
    public void A_rule_below_a_non_recursive_rule_is_still_walked()
    {
        _tree.File("/root/.bashrc");
        _tree.File("/root/.ssh/authorized_keys");
        _tree.File("/root/secret.txt");

        var paths = _tree.Paths("rules:\n  - { path: /root, group: permissions, recurse: false }\n  - { path: /root/.ssh, group: content }\n");

        Assert.Equal(["/root", "/root/.ssh", "/root/.ssh/authorized_keys"], paths);
    }

    [Fact]
    public void A_rule_two_levels_below_a_non_recursive_rule_is_still_walked()
    {
        _tree.File("/root/.bashrc");
        _tree.File("/root/.config/systemd/user/evil.service");
        _tree.File("/root/.config/other/x");

        var paths = _tree.Paths("""
            rules:
              - { path: /root, group: permissions, recurse: false }
              - { path: /root/.bashrc, group: content, recurse: false }
              - { path: /root/.config/systemd, group: content }
            """);

        Assert.Equal(["/root", "/root/.bashrc", "/root/.config/systemd", "/root/.config/systemd/user", "/root/.config/systemd/user/evil.service"], paths);
    }

    [Fact]
    public void A_missing_rule_path_yields_nothing_and_no_error()
    {
        _tree.File("/etc/passwd");

        var paths = _tree.Paths("rules:\n  - { path: /etc, group: content }\n  - { path: /opt, group: content }\n");

        Assert.Equal(["/etc", "/etc/passwd"], paths);
    }
}
