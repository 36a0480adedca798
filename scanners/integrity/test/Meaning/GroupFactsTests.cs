using Bulwark.Scanners.Integrity.Changes;
using Bulwark.Scanners.Integrity.Meaning;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity.Tests.Meaning;

public sealed class GroupFactsTests
{
    private const string Path = "/etc/group";

    private const string Group = """
        root:x:0:
        adm:x:4:syslog,alice
        sudo:x:27:alice
        staff:x:50:
        docker:x:998:

        """;

    private readonly GroupFacts _reader = new();

    private List<Change> Compare(string before, string after) => Sample.Compare(_reader, Path, before, after);

    [Fact]
    public void Each_group_is_one_fact_with_its_gid_and_sorted_members()
    {
        var facts = Sample.Read(_reader, Group.Replace("syslog,alice", "syslog, alice,alice"));

        Assert.Equal(["adm\t4\talice,syslog", "docker\t998\t", "root\t0\t", "staff\t50\t", "sudo\t27\talice"], facts);
    }

    [Fact]
    public void A_member_added_to_sudo_is_flagged_as_a_privileged_group()
    {
        var change = Assert.Single(Compare(Group, Group.Replace("sudo:x:27:alice", "sudo:x:27:alice,mallory")));

        Assert.Equal(ChangeKinds.GroupMemberAdded, change.Kind);
        Assert.Equal("sudo:mallory", change.Subject);
        Assert.Equal([new ChangeDetail("group", null, "sudo"), new ChangeDetail("user", null, "mallory")], change.Details);
        Assert.Equal("mallory added to privileged group sudo in /etc/group (a member may run commands as root)", change.Message);
    }

    [Fact]
    public void A_member_added_to_an_ordinary_group_is_not_called_privileged()
    {
        var change = Assert.Single(Compare(Group, Group.Replace("staff:x:50:", "staff:x:50:bob")));

        Assert.Equal("bob added to group staff in /etc/group", change.Message);
    }

    [Fact]
    public void Each_member_of_a_new_group_is_one_change()
    {
        var changes = Compare(Group, Group + "lxd:x:110:alice,bob\n");

        Assert.Equal(["lxd:alice", "lxd:bob"], changes.Select(c => c.Subject));
        Assert.All(changes, c => Assert.Contains("privileged", c.Message));
    }

    [Fact]
    public void A_removed_member_or_group_is_not_reported()
    {
        var after = Group.Replace("syslog,alice", "syslog").Replace("staff:x:50:\n", "");

        Assert.Empty(Compare(Group, after));
    }

    [Fact]
    public void A_gid_change_is_modified_with_the_old_and_new_gid()
    {
        var change = Assert.Single(Compare(Group, Group.Replace("staff:x:50:", "staff:x:0:")));

        Assert.Equal(ChangeKinds.Modified, change.Kind);
        Assert.Equal([new ChangeDetail("gid", "50", "0")], change.Details);
    }
}
