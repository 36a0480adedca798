using Bulwark.Scanners.Host.Config;
using Bulwark.Scanners.Host.Tests.Files;

namespace Bulwark.Scanners.Host.Tests.Config;

public class SshdSyntaxTests
{
    private static readonly SshdSyntax Sshd = new();

    [Fact]
    public void The_first_value_wins_keywords_are_case_insensitive_and_equals_works()
    {
        using var tree = new FixtureTree().Write("/etc/ssh/sshd_config", """
            # PermitRootLogin yes
            permitRootLogin=no
            PermitRootLogin yes
            PasswordAuthentication = no # trailing comment
              MaxAuthTries	3
            """);

        var read = Sshd.Read(tree.Files, "/etc/ssh/sshd_config");

        Assert.Empty(read.Problems);
        Assert.Equal(new ConfigEntry("permitrootlogin", "no", "/etc/ssh/sshd_config", 2), Sshd.Effective(read.Entries, "PermitRootLogin"));
        Assert.Equal("no", Sshd.Effective(read.Entries, "passwordauthentication")!.Value);
        Assert.Equal("3", Sshd.Effective(read.Entries, "MAXAUTHTRIES")!.Value);
        Assert.Null(Sshd.Effective(read.Entries, "x11forwarding"));
    }

    [Fact]
    public void Include_with_a_relative_glob_reads_the_files_in_lexical_order_in_place_so_a_drop_in_wins()
    {
        using var tree = new FixtureTree()
            .Write("/etc/ssh/sshd_config", "Include sshd_config.d/*.conf\nPermitRootLogin yes\nX11Forwarding yes\n")
            .Write("/etc/ssh/sshd_config.d/50-cloud.conf", "PasswordAuthentication yes\nX11Forwarding no\n")
            .Write("/etc/ssh/sshd_config.d/10-hardening.conf", "PermitRootLogin no\nPasswordAuthentication no\n")
            .Write("/etc/ssh/sshd_config.d/README", "PermitRootLogin yes\n");

        var read = Sshd.Read(tree.Files, "/etc/ssh/sshd_config");

        Assert.Equal(
            ["/etc/ssh/sshd_config.d/10-hardening.conf:1", "/etc/ssh/sshd_config.d/10-hardening.conf:2", "/etc/ssh/sshd_config.d/50-cloud.conf:1",
             "/etc/ssh/sshd_config.d/50-cloud.conf:2", "/etc/ssh/sshd_config:2", "/etc/ssh/sshd_config:3"],
            read.Entries.Select(e => $"{e.File}:{e.Line}"));
        Assert.Equal("no", Sshd.Effective(read.Entries, "permitrootlogin")!.Value);
        Assert.Equal("/etc/ssh/sshd_config.d/10-hardening.conf", Sshd.Effective(read.Entries, "passwordauthentication")!.File);
        Assert.Equal("no", Sshd.Effective(read.Entries, "x11forwarding")!.Value);
    }

    [Fact]
    public void Include_takes_several_absolute_and_relative_paths_and_a_missing_plain_file_is_a_problem()
    {
        using var tree = new FixtureTree()
            .Write("/etc/ssh/sshd_config", "Include /etc/ssh/extra.conf \"quoted.conf\" absent.conf empty.d/*\n")
            .Write("/etc/ssh/extra.conf", "Port 2222\n")
            .Write("/etc/ssh/quoted.conf", "Port 22\n");

        var read = Sshd.Read(tree.Files, "/etc/ssh/sshd_config");

        Assert.Equal(["2222", "22"], read.Entries.Select(e => e.Value));
        Assert.Equal(["/etc/ssh/sshd_config:1: included file /etc/ssh/absent.conf does not exist"], read.Problems);
    }

    [Fact]
    public void Settings_inside_a_match_block_are_not_global_but_stay_available_with_a_prefix()
    {
        using var tree = new FixtureTree().Write("/etc/ssh/sshd_config", """
            Match User backup
                PasswordAuthentication yes
                PermitRootLogin yes
            Match all
            PasswordAuthentication no
            """);

        var read = Sshd.Read(tree.Files, "/etc/ssh/sshd_config");

        Assert.Equal(["match", "match:passwordauthentication", "match:permitrootlogin", "match", "passwordauthentication"], read.Entries.Select(e => e.Key));
        Assert.Equal("User backup", read.Entries[0].Value);
        Assert.Equal(5, Sshd.Effective(read.Entries, "PasswordAuthentication")!.Line);
        Assert.Null(Sshd.Effective(read.Entries, "PermitRootLogin"));
        Assert.Equal(3, Sshd.Effective(read.Entries, SshdSyntax.MatchPrefix + "permitrootlogin")!.Line);
    }

    [Fact]
    public void A_match_block_in_an_included_file_ends_with_that_file()
    {
        using var tree = new FixtureTree()
            .Write("/etc/ssh/sshd_config", "Include sshd_config.d/*.conf\nPermitRootLogin no\n")
            .Write("/etc/ssh/sshd_config.d/20-sftp.conf", "Match Group sftp\nForceCommand internal-sftp\n");

        var read = Sshd.Read(tree.Files, "/etc/ssh/sshd_config");

        Assert.Equal("no", Sshd.Effective(read.Entries, "permitrootlogin")!.Value);
        Assert.Null(Sshd.Effective(read.Entries, "forcecommand"));
    }

    [Fact]
    public void A_file_included_inside_a_match_block_stays_inside_it_even_after_its_own_match_all()
    {
        using var tree = new FixtureTree()
            .Write("/etc/ssh/sshd_config", "Match Address 10.0.0.0/8\nInclude inner.conf\nPermitRootLogin yes\n")
            .Write("/etc/ssh/inner.conf", "Banner /etc/issue.net\nMatch all\nPermitEmptyPasswords yes\n");

        var read = Sshd.Read(tree.Files, "/etc/ssh/sshd_config");

        Assert.Null(Sshd.Effective(read.Entries, "banner"));
        Assert.Null(Sshd.Effective(read.Entries, "permitemptypasswords"));
        Assert.Null(Sshd.Effective(read.Entries, "permitrootlogin"));
        Assert.NotNull(Sshd.Effective(read.Entries, "match:permitemptypasswords"));
    }

    [Fact]
    public void A_missing_main_file_is_missing_and_an_include_loop_is_a_problem()
    {
        using var tree = new FixtureTree().Write("/etc/ssh/loop.conf", "Include loop.conf\nPort 22\n");

        Assert.True(Sshd.Read(tree.Files, "/etc/ssh/sshd_config").Missing);
        var loop = Sshd.Read(tree.Files, "/etc/ssh/loop.conf");
        Assert.False(loop.Missing);
        Assert.Single(loop.Entries);
        Assert.Contains("includes itself", Assert.Single(loop.Problems));
    }

    [Fact]
    public void An_unreadable_include_is_a_problem_with_the_including_line()
    {
        using var tree = new FixtureTree().Write("/etc/ssh/sshd_config", "Port 22\nInclude sshd_config.d\n").Dir("/etc/ssh/sshd_config.d");

        var read = Sshd.Read(tree.Files, "/etc/ssh/sshd_config");

        Assert.Equal(["/etc/ssh/sshd_config:2: /etc/ssh/sshd_config.d: is a directory"], read.Problems);
    }
}
