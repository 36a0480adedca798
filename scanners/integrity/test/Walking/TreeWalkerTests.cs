using System.Runtime.Versioning;
using Bulwark.Scanners.Integrity.Recording;
using Bulwark.Scanners.Integrity.Walking;

namespace Bulwark.Scanners.Integrity.Tests.Walking;

/// <summary>The walk over real files: its order, and what it does at links, loops and FIFOs.</summary>
[SupportedOSPlatform("linux")]
public sealed class TreeWalkerTests : IDisposable
{
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void The_walk_is_in_path_order_with_each_directory_right_before_its_contents()
    {
        foreach (var file in new[] { "/a/x", "/a/x.d/z", "/a-b", "/a.b", "/B", "/é", "/a0" })
        {
            _tree.File(file);
        }

        var paths = _tree.Paths();

        Assert.Equal(["/", "/B", "/a", "/a/x", "/a/x.d", "/a/x.d/z", "/a-b", "/a.b", "/a0", "/é"], paths);
        Assert.Equal(paths.Order(PathOrder.Instance), paths);
    }

    [Fact]
    public void A_link_to_the_hosts_root_is_recorded_as_a_link_and_not_descended()
    {
        _tree.File("/etc/hostname");
        _tree.Link("/escape", "/");

        var walk = _tree.Walk();

        var link = Assert.Single(walk, o => o.Path == "/escape");
        Assert.Equal(FileType.SymbolicLink, link.Stat!.Value.Type);
        Assert.DoesNotContain(walk, o => o.Path.StartsWith("/escape/", StringComparison.Ordinal));
        Assert.Equal("/", Examiner.Examine(link, null, false).Target);
    }

    [Fact]
    public void Links_in_a_loop_and_a_link_to_itself_are_recorded_without_hanging()
    {
        _tree.Link("/loop/a", "b");
        _tree.Link("/loop/b", "a");
        _tree.Link("/loop/self", "self");
        _tree.Link("/loop/up", "..");

        var walk = _tree.Walk();

        Assert.Equal(["/", "/loop", "/loop/a", "/loop/b", "/loop/self", "/loop/up"], walk.Select(o => o.Path));
        var entries = walk.Skip(2).Select(o => Examiner.Examine(o, null, false)).ToList();
        Assert.All(entries, e => Assert.Equal(FileType.SymbolicLink, e.Type));
        Assert.Equal(["b", "a", "self", ".."], entries.Select(e => e.Target));
    }

    [Fact]
    public async Task A_fifo_is_recorded_as_a_fifo_and_examining_it_does_not_block()
    {
        _tree.Fifo("/run/pipe");

        var fifo = Assert.Single(_tree.Walk(), o => o.Path == "/run/pipe");
        // A generous limit: a blocked open fails the test with a TimeoutException instead of stalling the run.
        var entry = await Task.Run(() => Examiner.Examine(fifo, null, false)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(FileType.Fifo, entry.Type);
        Assert.Null(entry.Sha256);
        Assert.Null(entry.Error);
    }

    [Fact]
    public async Task A_fifo_swapped_in_for_a_file_after_the_walk_looked_is_read_without_blocking()
    {
        _tree.File("/etc/motd", "hello\n");
        var observed = Assert.Single(_tree.Walk(), o => o.Path == "/etc/motd");
        File.Delete(_tree.Host("/etc/motd"));
        _tree.Fifo("/etc/motd");

        var entry = await Task.Run(() => Examiner.Examine(observed, null, false)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(FileType.File, entry.Type);
        Assert.NotEqual(System.Security.Cryptography.SHA256.HashData("hello\n"u8), entry.Sha256);
    }

    [Fact]
    public void A_link_swapped_in_for_a_file_after_the_walk_looked_is_not_followed()
    {
        _tree.File("/etc/motd", "hello\n");
        var observed = Assert.Single(_tree.Walk(), o => o.Path == "/etc/motd");
        File.Delete(_tree.Host("/etc/motd"));
        _tree.Link("/etc/motd", "/etc/hostname");

        var entry = Examiner.Examine(observed, null, false);

        Assert.Null(entry.Sha256);
        Assert.Equal("replaced by a symbolic link while being checked", entry.Error);
    }

    [Fact]
    public void A_file_whose_name_is_not_valid_utf8_is_not_silently_left_out()
    {
        _tree.File("/etc/passwd");
        TempTree.Run("sh", "-c", "printf 'evil\\n' > \"$1/$(printf 'cron\\377')\"", "sh", _tree.Host("/etc"));

        var walk = _tree.Walk();

        Assert.Equal(2, walk.Count(o => o.Path.StartsWith("/etc/", StringComparison.Ordinal)));
    }
}
