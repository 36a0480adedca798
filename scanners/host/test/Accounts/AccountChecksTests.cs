using Bulwark.Scanners.Host.Accounts;
using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Tests.Accounts;

public sealed class AccountChecksTests : IDisposable
{
    private const string Passwd = """
        root:x:0:0:root:/root:/bin/bash
        daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
        sync:x:4:65534:sync:/bin:/bin/sync
        www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
        alice:x:1000:1000:Alice:/home/alice:/bin/bash

        """;

    private const string Group = """
        root:x:0:
        daemon:x:1:
        www-data:x:33:
        alice:x:1000:

        """;

    private readonly HostTree _tree = new();

    private CheckOutcome Evaluate(string kind) => AccountChecks.Evaluate(_tree.Files, kind, []);

    [Theory]
    [InlineData("empty-password")]
    [InlineData("uid-zero")]
    [InlineData("duplicate-uid")]
    [InlineData("duplicate-name")]
    [InlineData("no-shell-system")]
    public void A_plain_system_passes(string kind)
    {
        _tree.Write("/etc/passwd", Passwd).Write("/etc/group", Group).Write("/etc/shadow", "root:!:19000::::::\nalice:*:19000::::::\n");

        var outcome = Evaluate(kind);

        Assert.Equal(CheckStatus.Pass, outcome.Status);
        Assert.Empty(outcome.Evidence);
    }

    [Fact]
    public void An_account_other_than_root_with_uid_zero_fails_at_its_line()
    {
        _tree.Write("/etc/passwd", Passwd + "toor:x:0:0::/root:/bin/sh\n");

        var outcome = Evaluate("uid-zero");

        Assert.Equal(CheckStatus.Fail, outcome.Status);
        var evidence = Assert.Single(outcome.Evidence);
        Assert.Equal(new Evidence("/etc/passwd", 6, "account toor has uid 0", "only root has uid 0"), evidence);
    }

    [Fact]
    public void An_empty_shadow_field_fails_and_names_the_account_and_line()
    {
        _tree.Write("/etc/passwd", Passwd).Write("/etc/shadow", "root:!:19000::::::\nalice::19000:0:99999:7:::\n");

        var outcome = Evaluate("empty-password");

        Assert.Equal(CheckStatus.Fail, outcome.Status);
        var evidence = Assert.Single(outcome.Evidence);
        Assert.Equal(("/etc/shadow", 2), (evidence.File, evidence.Line));
        Assert.Contains("alice", evidence.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_passwd_field_fails_with_or_without_a_shadow_entry_since_pam_then_never_reads_shadow()
    {
        _tree.Write("/etc/passwd", Passwd + "guest::1001:1001::/home/guest:/bin/sh\n");

        var withoutShadow = Evaluate("empty-password");
        _tree.Write("/etc/shadow", "guest:$6$abc$def:19000::::::\n");
        var withShadow = Evaluate("empty-password");

        foreach (var outcome in new[] { withoutShadow, withShadow })
        {
            Assert.Equal(CheckStatus.Fail, outcome.Status);
            Assert.Equal(("/etc/passwd", 6), (outcome.Evidence[0].File, outcome.Evidence[0].Line));
        }
    }

    [Fact]
    public void Locked_shadow_fields_are_not_empty_passwords()
    {
        _tree.Write("/etc/passwd", Passwd).Write("/etc/shadow", "root:!:1::::::\nalice:!!:1::::::\ndaemon:*:1::::::\nwww-data:!$6$x$y:1::::::\n");

        Assert.Equal(CheckStatus.Pass, Evaluate("empty-password").Status);
    }

    [Fact]
    public void Two_accounts_sharing_a_uid_both_fail_naming_each_other()
    {
        _tree.Write("/etc/passwd", Passwd + "bob:x:1000:1000::/home/bob:/bin/bash\n").Write("/etc/group", Group);

        var outcome = Evaluate("duplicate-uid");

        Assert.Equal(CheckStatus.Fail, outcome.Status);
        Assert.Equal([5, 6], outcome.Evidence.Select(evidence => evidence.Line));
        Assert.Contains("bob (line 6)", outcome.Evidence[0].Found, StringComparison.Ordinal);
        Assert.Contains("alice (line 5)", outcome.Evidence[1].Found, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_groups_sharing_a_gid_fail_the_duplicate_id_check()
    {
        _tree.Write("/etc/passwd", Passwd).Write("/etc/group", Group + "staff:x:33:\n");

        var outcome = Evaluate("duplicate-uid");

        Assert.Equal(CheckStatus.Fail, outcome.Status);
        Assert.All(outcome.Evidence, evidence => Assert.Equal("/etc/group", evidence.File));
        Assert.Equal([3, 5], outcome.Evidence.Select(evidence => evidence.Line));
    }

    [Fact]
    public void A_name_listed_twice_in_passwd_or_group_fails()
    {
        _tree.Write("/etc/passwd", Passwd + "alice:x:1001:1001::/home/a2:/bin/sh\n").Write("/etc/group", Group + "daemon:x:2:\n");

        var outcome = Evaluate("duplicate-name");

        Assert.Equal(CheckStatus.Fail, outcome.Status);
        Assert.Equal(
            [("/etc/passwd", 5), ("/etc/passwd", 6), ("/etc/group", 2), ("/etc/group", 5)],
            outcome.Evidence.Select(evidence => (evidence.File, evidence.Line)));
    }

    [Fact]
    public void A_system_account_with_a_shell_fails_but_sync_and_users_do_not()
    {
        _tree.Write("/etc/passwd", Passwd + "postgres:x:110:110::/var/lib/postgresql:/bin/bash\nbackup:x:34:34::/var/backups:\n");

        var outcome = Evaluate("no-shell-system");

        Assert.Equal(CheckStatus.Fail, outcome.Status);
        Assert.Equal(["postgres", "backup"], outcome.Evidence.Select(evidence => evidence.Found.Split(' ')[2]));
        Assert.Contains("/bin/sh", outcome.Evidence[1].Found, StringComparison.Ordinal);
    }

    [Fact]
    public void The_system_account_limit_follows_uid_min_of_login_defs()
    {
        _tree.Write("/etc/passwd", Passwd + "builder:x:600:600::/home/builder:/bin/bash\n").Write("/etc/login.defs", "UID_MIN 500\n");

        var outcome = Evaluate("no-shell-system");

        Assert.Equal(CheckStatus.Pass, outcome.Status);
        Assert.Contains("below 500", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_that_is_not_an_account_makes_an_otherwise_clean_check_an_error_without_quoting_it()
    {
        _tree.Write("/etc/passwd", Passwd + "broken:$6$secretish:notanumber\n");

        var outcome = Evaluate("uid-zero");

        Assert.Equal(CheckStatus.Error, outcome.Status);
        var evidence = Assert.Single(outcome.Evidence);
        Assert.Equal(6, evidence.Line);
        Assert.DoesNotContain("secretish", evidence.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void A_system_without_passwd_has_nothing_to_check()
    {
        Assert.Equal(CheckStatus.NotApplicable, Evaluate("uid-zero").Status);
    }

    [Fact]
    public void An_unreadable_shadow_is_an_error_that_says_why()
    {
        _tree.Write("/etc/passwd", Passwd).Folder("/etc/shadow");

        var outcome = Evaluate("empty-password");

        Assert.Equal(CheckStatus.Error, outcome.Status);
        Assert.Contains("/etc/shadow could not be read", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_kind_is_an_error_listing_the_known_ones()
    {
        var outcome = Evaluate("weak-password");

        Assert.Equal(CheckStatus.Error, outcome.Status);
        Assert.Contains("uid-zero", outcome.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _tree.Dispose();
}
