using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Tests.Files;

public class RootedHostFilesReadTests
{
    [Fact]
    public void A_file_reads_as_text_and_a_missing_one_says_missing()
    {
        using var tree = new FixtureTree().Write("/etc/hostname", "web1\n");

        Assert.Equal("web1\n", tree.Files.ReadText("/etc/hostname").Text);
        Assert.Equal(HostFileResult.NotThere, tree.Files.ReadText("/etc/nothing"));
        Assert.True(tree.Files.ReadText("/no/such/dir/file").Missing);
    }

    [Fact]
    public void A_directory_or_a_path_through_a_file_does_not_read_and_does_not_throw()
    {
        using var tree = new FixtureTree().Write("/etc/hostname", "web1\n");

        var directory = tree.Files.ReadText("/etc");
        Assert.False(directory.Missing);
        Assert.Equal("is a directory", directory.Problem);
        Assert.True(tree.Files.ReadText("/etc/hostname/child").Missing);
    }

    [Fact]
    public void A_fifo_is_not_read_because_reading_it_would_block()
    {
        using var tree = new FixtureTree().Dir("/run");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [tree.Host("/run/initctl")]))
        {
            mkfifo.WaitForExit();
        }

        Assert.Equal("not a regular file", tree.Files.ReadText("/run/initctl").Problem);
        Assert.Equal(HostFileKind.Other, tree.Files.Stat("/run/initctl")!.Kind);
    }

    [Fact]
    public void List_gives_sorted_absolute_paths_and_nothing_for_a_missing_directory()
    {
        using var tree = new FixtureTree().Write("/etc/sudoers.d/b", "").Write("/etc/sudoers.d/a", "").Write("/etc/sudoers.d/README", "");

        Assert.Equal(["/etc/sudoers.d/README", "/etc/sudoers.d/a", "/etc/sudoers.d/b"], tree.Files.List("/etc/sudoers.d/"));
        Assert.Empty(tree.Files.List("/etc/missing.d"));
        Assert.Empty(tree.Files.List("/etc/sudoers.d/a"));
    }

    [Fact]
    public void The_live_host_reads_proc_files_whose_size_is_zero()
    {
        var live = RootedHostFiles.Live();

        Assert.True(live.IsLive);
        Assert.Equal("/", live.Description);
        Assert.Contains("Name:", live.ReadText("/proc/self/status").Text);
    }

    [Fact]
    public void A_root_tree_is_not_live_and_describes_itself_by_its_directory()
    {
        using var tree = new FixtureTree();

        Assert.False(tree.Files.IsLive);
        Assert.Equal(tree.Root, tree.Files.Description);
        Assert.Equal(tree.Root, RootedHostFiles.ForRoot(tree.Root + "/").Description);
    }
}
