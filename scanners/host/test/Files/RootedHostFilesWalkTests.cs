using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Tests.Files;

public class RootedHostFilesWalkTests
{
    [Fact]
    public void The_walk_yields_the_start_then_everything_depth_first_in_name_order_without_following_linked_directories()
    {
        using var tree = new FixtureTree()
            .Write("/srv/b/file", "").Write("/srv/a/file", "").Write("/elsewhere/inner", "")
            .Link("/srv/c-link", "/elsewhere");

        var paths = tree.Files.Walk("/srv", _ => false).Select(i => i.Path).ToList();

        Assert.Equal(["/srv", "/srv/a", "/srv/a/file", "/srv/b", "/srv/b/file", "/srv/c-link"], paths);
    }

    [Fact]
    public void A_skipped_directory_is_yielded_but_not_entered()
    {
        using var tree = new FixtureTree().Write("/srv/keep/x", "").Write("/srv/cache/y", "");

        var paths = tree.Files.Walk("/srv", d => d == "/srv/cache").Select(i => i.Path).ToList();

        Assert.Contains("/srv/cache", paths);
        Assert.DoesNotContain("/srv/cache/y", paths);
        Assert.Contains("/srv/keep/x", paths);
    }

    [Fact]
    public void A_directory_that_cannot_be_listed_is_skipped_and_counted()
    {
        using var tree = new FixtureTree().Write("/srv/gone/x", "").Write("/srv/here", "");
        var files = tree.Files;
        var told = new List<string>();

        var paths = new List<string>();
        foreach (var info in files.Walk("/srv", _ => false, (path, reason) => told.Add($"{path}: {reason}")))
        {
            paths.Add(info.Path);
            if (info.Path == "/srv/gone")
            {
                // Removed after it was seen and before it is listed: the listing fails like an unreadable directory.
                Directory.Delete(tree.Host("/srv/gone"), recursive: true);
            }
        }

        Assert.Equal(["/srv", "/srv/gone", "/srv/here"], paths);
        Assert.Equal(1, files.SkippedDirectories);
        Assert.Equal(["/srv/gone: no longer exists"], files.SkippedDirectoryExamples);
        Assert.Equal(["/srv/gone: no longer exists"], told);
    }

    [Fact]
    public void A_missing_start_yields_nothing_and_a_file_start_yields_only_itself()
    {
        using var tree = new FixtureTree().Write("/etc/passwd", "");

        Assert.Empty(tree.Files.Walk("/nope", _ => false));
        Assert.Equal(["/etc/passwd"], tree.Files.Walk("/etc/passwd", _ => false).Select(i => i.Path));
    }

    [Fact]
    public void Live_the_walk_does_not_enter_proc()
    {
        var entered = RootedHostFiles.Live().Walk("/", d => d != "/proc").Where(i => i.Path.StartsWith("/proc/", StringComparison.Ordinal));

        Assert.Empty(entered);
    }

    [Fact]
    public void Live_the_walk_does_not_cross_into_another_file_system()
    {
        // /dev/shm is its own tmpfs on Linux; a file there must not show up when walking /dev.
        var marker = $"/dev/shm/bulwark-walk-{Guid.NewGuid():N}";
        File.WriteAllText(marker, "");
        try
        {
            var paths = RootedHostFiles.Live().Walk("/dev", _ => false).Select(i => i.Path).ToList();

            Assert.Contains("/dev/shm", paths);
            Assert.DoesNotContain(marker, paths);
        }
        finally
        {
            File.Delete(marker);
        }
    }
}
