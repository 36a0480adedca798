using Bulwark.Scanners.Integrity.Changes;
using Bulwark.Scanners.Integrity.Meaning;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity.Tests.Meaning;

public sealed class PasswdFactsTests
{
    private const string Path = "/etc/passwd";

    private const string Passwd = """
        root:x:0:0:root:/root:/bin/bash
        daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
        www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
        alice:x:1000:1000:Alice,,,:/home/alice:/bin/bash

        """;

    private readonly PasswdFacts _reader = new();

    private List<Change> Compare(string before, string after) => Sample.Compare(_reader, Path, before, after);

    [Fact]
    public void Each_account_is_one_sorted_fact_with_its_ids_home_shell_and_password_state()
    {
        var facts = Sample.Read(_reader, Passwd);

        Assert.Equal(
            [
                "alice\t1000\t1000\t/home/alice\t/bin/bash\tshadow",
                "daemon\t1\t1\t/usr/sbin\t/usr/sbin/nologin\tshadow",
                "root\t0\t0\t/root\t/bin/bash\tshadow",
                "www-data\t33\t33\t/var/www\t/usr/sbin/nologin\tshadow",
            ], facts);
    }

    [Fact]
    public void Malformed_NIS_and_undecodable_lines_are_skipped_without_throwing()
    {
        byte[] content = [.. Sample.Utf8("bob:x:1001\n+::::::\n# comment\ncarol:x:abc:1:::\n"), 0xff, 0xfe, (byte)'\n',
            .. Sample.Utf8("dave:x:1002:1002::/home/dave:/bin/sh\n")];

        var facts = _reader.Read(content);

        Assert.Equal(["dave\t1002\t1002\t/home/dave\t/bin/sh\tshadow"], facts);
    }

    [Fact]
    public void An_appended_account_is_exactly_one_new_user_with_its_ids_home_and_shell()
    {
        var changes = Compare(Passwd, Passwd + "bob:x:1001:1001::/home/bob:/bin/sh\n");

        var change = Assert.Single(changes);
        Assert.Equal(ChangeKinds.UserAdded, change.Kind);
        Assert.Equal("bob", change.Subject);
        Assert.Equal("new account bob (uid 1001) in /etc/passwd", change.Message);
        Assert.Equal([new("user", null, "bob"), new("uid", null, "1001"), new("gid", null, "1001"), new("home", null, "/home/bob"), new ChangeDetail("shell", null, "/bin/sh")],
            change.Details);
    }

    [Fact]
    public void A_new_account_with_uid_zero_is_called_out_as_having_roots_rights()
    {
        var change = Assert.Single(Compare(Passwd, Passwd + "mallory:x:0:0::/root:/bin/bash\n"));

        Assert.Equal("new account mallory with uid 0 (root's rights) in /etc/passwd", change.Message);
    }

    [Fact]
    public void A_uid_changed_to_zero_is_a_uid_change_with_the_old_and_new_uid()
    {
        var change = Assert.Single(Compare(Passwd, Passwd.Replace("alice:x:1000:", "alice:x:0:")));

        Assert.Equal(ChangeKinds.UidChanged, change.Kind);
        Assert.Equal("alice", change.Subject);
        Assert.Equal([new ChangeDetail("user", null, "alice"), new("uid", "1000", "0")], change.Details);
        Assert.Contains("root's rights", change.Message);
    }

    [Fact]
    public void A_shell_change_is_modified_with_a_detail_for_the_shell_alone()
    {
        var change = Assert.Single(Compare(Passwd, Passwd.Replace("/var/www:/usr/sbin/nologin", "/var/www:/bin/bash")));

        Assert.Equal(ChangeKinds.Modified, change.Kind);
        Assert.Equal("www-data", change.Subject);
        Assert.Equal([new ChangeDetail("user", null, "www-data"), new("shell", "/usr/sbin/nologin", "/bin/bash")], change.Details);
        Assert.Equal("account www-data's shell changed in /etc/passwd", change.Message);
    }

    [Fact]
    public void A_removed_account_is_a_removed_user_with_its_old_values()
    {
        var change = Assert.Single(Compare(Passwd, Passwd.Replace("www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n", "")));

        Assert.Equal(ChangeKinds.UserRemoved, change.Kind);
        Assert.Equal("www-data", change.Subject);
        Assert.Contains(new ChangeDetail("uid", "33", null), change.Details);
    }

    [Fact]
    public void A_password_field_emptied_in_passwd_says_the_account_logs_in_without_one()
    {
        var change = Assert.Single(Compare(Passwd, Passwd.Replace("root:x:", "root::")));

        Assert.Equal(ChangeKinds.PasswordChanged, change.Kind);
        Assert.Equal([new ChangeDetail("user", null, "root"), new("password", "shadow", "empty")], change.Details);
        Assert.Contains("empty password", change.Message);
    }

    [Fact]
    public void A_second_line_for_an_existing_name_is_reported_as_a_new_account()
    {
        var change = Assert.Single(Compare(Passwd, Passwd + "alice:x:0:0::/root:/bin/sh\n"));

        Assert.Equal(ChangeKinds.UserAdded, change.Kind);
        Assert.Equal("alice", change.Subject);
    }

    [Fact]
    public void Reordered_lines_and_gecos_edits_change_nothing()
    {
        var reordered = string.Join('\n', Passwd.Split('\n').Reverse()).Replace("Alice,,,", "Alice Smith");

        Assert.Empty(Compare(Passwd, reordered));
    }
}
