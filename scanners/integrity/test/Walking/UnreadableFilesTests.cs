using System.Runtime.Versioning;
using Bulwark.Scanners.Integrity.Recording;
using Bulwark.Scanners.Integrity.Walking;

namespace Bulwark.Scanners.Integrity.Tests.Walking;

/// <summary>
/// Files the walk may not read: recorded with their stat and the reason, and the walk goes on. Staged as root by dropping
/// file-system privileges on one thread (<see cref="Fsuid"/>) around a synchronous walk, with no await in between.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class UnreadableFilesTests : IDisposable
{
    private readonly TempTree _tree = new();

    public UnreadableFilesTests()
    {
        File.SetUnixFileMode(_tree.Root, (UnixFileMode)0b111_101_101);
        _tree.File("/data/a-open.txt", "open\n", (UnixFileMode)0b110_100_100);
        _tree.File("/data/b-secret", "secret\n", UnixFileMode.None);
        _tree.File("/data/c-locked/inner", "inner\n", (UnixFileMode)0b110_100_100);
        File.SetUnixFileMode(_tree.Host("/data/c-locked"), UnixFileMode.None);
        _tree.File("/data/d-after.txt", "after\n", (UnixFileMode)0b110_100_100);
    }

    public void Dispose() => _tree.Dispose();

    [FsuidFact]
    public void An_unreadable_file_and_an_unlistable_directory_are_recorded_with_the_reason_and_the_walk_goes_on()
    {
        var (walk, entries) = AsNobody();

        Assert.Equal(["/", "/data", "/data/a-open.txt", "/data/b-secret", "/data/c-locked", "/data/d-after.txt"], walk.Select(o => o.Path));
        var locked = walk.Single(o => o.Path == "/data/c-locked");
        Assert.Equal("cannot list the directory: permission denied", locked.Error);
        Assert.Equal(FileType.Directory, locked.Stat!.Value.Type);
        Assert.Equal("cannot list the directory: permission denied", entries["/data/c-locked"].Error);

        var secret = entries["/data/b-secret"];
        Assert.Equal("permission denied", secret.Error);
        Assert.Null(secret.Sha256);
        Assert.Equal(FileType.File, secret.Type);
        Assert.Equal(7, secret.Size);
        Assert.Equal(0, secret.Mode);
        Assert.Equal(0, secret.Uid);
        Assert.NotEqual(0UL, secret.Inode);

        Assert.All(new[] { "/data/a-open.txt", "/data/d-after.txt" }, path =>
        {
            Assert.Null(entries[path].Error);
            Assert.NotNull(entries[path].Sha256);
        });
    }

    [FsuidFact]
    public void Dropping_privileges_for_the_walk_leaves_the_test_thread_root()
    {
        AsNobody();

        Assert.Equal(0u, Fsuid.Current);
        Assert.Equal("secret\n", File.ReadAllText(_tree.Host("/data/b-secret")));
    }

    private (List<Observed> Walk, Dictionary<string, Entry> Entries) AsNobody()
    {
        var walker = _tree.Walker();
        List<Observed>? walk = null;
        Dictionary<string, Entry>? entries = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            Fsuid.Set(Fsuid.Nobody);
            try
            {
                walk = walker.Walk().ToList();
                entries = walk.ToDictionary(o => o.Path, o => Examiner.Examine(o, null, false));
            }
            catch (Exception e)
            {
                failure = e;
            }
            finally
            {
                Fsuid.Set(0);
            }
        });
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(60)), "the walk as nobody did not finish");
        Assert.Null(failure);
        return (walk!, entries!);
    }
}
