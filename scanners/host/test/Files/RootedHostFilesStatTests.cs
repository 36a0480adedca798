using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Tests.Files;

public class RootedHostFilesStatTests
{
    [Fact]
    public void A_setuid_file_reports_its_mode_bits_owner_and_group_as_numbers()
    {
        using var tree = new FixtureTree().Write("/usr/bin/tool", "#!/bin/sh\n");

        // chown clears setuid, so the mode comes after it.
        FixtureTree.Chown(tree.Host("/usr/bin/tool"), 1234, 5678);
        FixtureTree.Chmod(tree.Host("/usr/bin/tool"), (UnixFileMode)Convert.ToInt32("4755", 8));

        var info = tree.Files.Stat("/usr/bin/tool");

        Assert.True(RootedHostFiles.OwnersKnown);
        Assert.Equal(new HostFileInfo("/usr/bin/tool", HostFileKind.File, Convert.ToInt32("4755", 8), 1234, 5678, 10), info);
    }

    [Fact]
    public void Setgid_and_sticky_bits_of_a_directory_are_kept()
    {
        using var tree = new FixtureTree().Dir("/var/tmp");
        FixtureTree.Chmod(tree.Host("/var/tmp"), (UnixFileMode)Convert.ToInt32("3777", 8));

        var info = tree.Files.Stat("/var/tmp")!;

        Assert.Equal(HostFileKind.Directory, info.Kind);
        Assert.Equal(Convert.ToInt32("3777", 8), info.Mode);
        Assert.Equal(0, info.Uid);
    }

    [Fact]
    public void A_final_link_is_described_not_followed_and_its_owner_is_the_links()
    {
        using var tree = new FixtureTree().Write("/etc/real", "x", UnixFileMode.UserRead).Link("/etc/alias", "real");
        FixtureTree.Chown(tree.Host("/etc/alias"), 42, 43);

        var info = tree.Files.Stat("/etc/alias")!;

        Assert.Equal(HostFileKind.SymbolicLink, info.Kind);
        Assert.Equal("real", info.LinkTarget);
        Assert.Equal((42, 43), (info.Uid, info.Gid));
        Assert.Equal(Convert.ToInt32("400", 8), tree.Files.Stat("/etc/real")!.Mode);
    }

    [Fact]
    public void A_dangling_link_exists_and_a_missing_path_is_null()
    {
        using var tree = new FixtureTree().Link("/etc/dangling", "/nowhere");

        Assert.Equal(HostFileKind.SymbolicLink, tree.Files.Stat("/etc/dangling")!.Kind);
        Assert.True(tree.Files.ReadText("/etc/dangling").Missing);
        Assert.Null(tree.Files.Stat("/etc/none"));
    }

    [Fact]
    public void The_root_itself_and_cleaned_paths_can_be_stated()
    {
        using var tree = new FixtureTree().Write("/etc/x", "");

        Assert.Equal(HostFileKind.Directory, tree.Files.Stat("/")!.Kind);
        Assert.Equal("/etc/x", tree.Files.Stat("//etc/./x")!.Path);
    }
}
