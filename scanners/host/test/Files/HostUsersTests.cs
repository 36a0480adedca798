using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Tests.Files;

public class HostUsersTests
{
    [Fact]
    public void Names_and_ids_come_from_the_trees_own_passwd_and_group()
    {
        using var tree = new FixtureTree()
            .Write("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\nsshd:x:105:65534::/run/sshd:/usr/sbin/nologin\nweb:x:1001:1001:Web:/srv/web:\n")
            .Write("/etc/group", "root:x:0:\nshadow:x:42:\nweb:x:1001:alice, bob\n");

        var users = HostUsers.Load(tree.Files);

        Assert.Empty(users.Problems);
        Assert.Equal(105, users.UidOf("sshd"));
        Assert.Equal(42, users.GidOf("shadow"));
        Assert.Equal("web", users.UserName(1001));
        Assert.Equal("root", users.GroupName(0));
        Assert.Null(users.UidOf("nobody"));
        Assert.Null(users.GroupName(999));
        Assert.Equal(new HostAccount("web", 1001, 1001, "/srv/web", "", 3), users.Accounts[2]);
        Assert.Equal(["alice", "bob"], users.Groups[2].Members);
    }

    [Fact]
    public void Lines_that_do_not_parse_are_skipped_and_named_with_file_and_line()
    {
        using var tree = new FixtureTree()
            .Write("/etc/passwd", "# local accounts\nroot:x:0:0:root:/root:/bin/bash\nbroken line\n+::::::\nweb:x:abc:1:::\n\n")
            .Write("/etc/group", "root:x:0:\nstaff:x:\n");

        var users = HostUsers.Load(tree.Files);

        Assert.Single(users.Accounts);
        Assert.Equal(
            [
                "/etc/passwd:3: expected 7 colon-separated fields with a name, found 1",
                "/etc/passwd:4: uid or gid is not a number",
                "/etc/passwd:5: uid or gid is not a number",
                "/etc/group:2: expected 4 colon-separated fields with a name, found 3",
            ],
            users.Problems);
    }

    [Fact]
    public void The_first_account_with_a_name_or_uid_wins_as_getpwnam_answers()
    {
        using var tree = new FixtureTree().Write("/etc/passwd", "root:x:0:0::/root:/bin/sh\ntoor:x:0:0::/root:/bin/sh\nroot:x:7:7::/:/bin/sh\n").Write("/etc/group", "");

        var users = HostUsers.Load(tree.Files);

        Assert.Equal(0, users.UidOf("root"));
        Assert.Equal("root", users.UserName(0));
    }

    [Fact]
    public void Missing_files_are_problems_not_exceptions()
    {
        using var tree = new FixtureTree();

        var users = HostUsers.Load(tree.Files);

        Assert.Empty(users.Accounts);
        Assert.Equal(["/etc/passwd: not found", "/etc/group: not found"], users.Problems);
    }
}
