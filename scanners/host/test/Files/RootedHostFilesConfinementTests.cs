using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Tests.Files;

public class RootedHostFilesConfinementTests
{
    [Fact]
    public void An_absolute_link_to_etc_shadow_reads_the_trees_shadow_not_the_hosts()
    {
        using var tree = new FixtureTree()
            .Write("/etc/shadow", "root:tree-hash:19000::::::\n")
            .Link("/var/backups/shadow.link", "/etc/shadow");

        var read = tree.Files.ReadText("/var/backups/shadow.link");

        Assert.Equal("root:tree-hash:19000::::::\n", read.Text);
    }

    [Fact]
    public void An_absolute_link_to_a_host_file_outside_the_root_is_missing_inside_it()
    {
        using var tree = new FixtureTree();
        var outside = Path.Combine(tree.Outer, "secret.txt");
        File.WriteAllText(outside, "host secret");
        tree.Link("/etc/escape", outside);

        var read = tree.Files.ReadText("/etc/escape");

        Assert.True(read.Missing);
        Assert.Null(read.Text);
    }

    [Fact]
    public void Dot_dot_in_a_relative_link_stops_at_the_root()
    {
        using var tree = new FixtureTree().Write("/secret.txt", "the tree's own file");
        File.WriteAllText(Path.Combine(tree.Outer, "secret.txt"), "host secret");
        tree.Link("/etc/deep/up", "../../../../../../secret.txt");

        Assert.Equal("the tree's own file", tree.Files.ReadText("/etc/deep/up").Text);
    }

    [Fact]
    public void Dot_dot_in_the_requested_path_stops_at_the_root()
    {
        using var tree = new FixtureTree().Write("/secret.txt", "inside").Dir("/etc");
        File.WriteAllText(Path.Combine(tree.Outer, "secret.txt"), "host secret");

        Assert.Equal("inside", tree.Files.ReadText("/../../secret.txt").Text);
        Assert.Equal("inside", tree.Files.ReadText("/etc/../../../secret.txt").Text);
    }

    [Fact]
    public void A_linked_directory_in_the_middle_of_a_path_is_resolved_inside_the_root()
    {
        using var tree = new FixtureTree()
            .Write("/usr/lib/os-release", "ID=debian\n")
            .Link("/etc/os-release", "../usr/lib/os-release")
            .Link("/lib", "/usr/lib");

        Assert.Equal("ID=debian\n", tree.Files.ReadText("/lib/os-release").Text);
        Assert.Equal("ID=debian\n", tree.Files.ReadText("/etc/os-release").Text);
    }

    [Fact]
    public void A_link_loop_is_unreadable_with_the_reason_instead_of_hanging()
    {
        using var tree = new FixtureTree().Link("/etc/a", "/etc/b").Link("/etc/b", "a");

        var read = tree.Files.ReadText("/etc/a");

        Assert.False(read.Missing);
        Assert.Contains("too many levels of symbolic links", read.Problem);
    }

    [Fact]
    public void Host_paths_of_links_stay_under_the_root()
    {
        using var tree = new FixtureTree().Write("/var/lib/rpm/rpmdb.sqlite", "db").Link("/var/lib/rpm/link", "/var/lib/rpm/rpmdb.sqlite");

        Assert.Equal(tree.Host("/var/lib/rpm/rpmdb.sqlite"), tree.Files.HostPathOf("/var/lib/rpm/link"));
        Assert.Null(tree.Files.HostPathOf("/etc/passwd"));
    }
}
