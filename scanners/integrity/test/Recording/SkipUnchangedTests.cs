using System.Runtime.Versioning;
using Bulwark.Scanners.Integrity.Recording;
using Bulwark.Scanners.Integrity.Tests.Walking;

namespace Bulwark.Scanners.Integrity.Tests.Recording;

/// <summary>
/// <c>skip-unchanged</c>: with it, a file whose size, mtime, ctime and inode match the baseline is not read again (its hash is
/// carried over); without it (the default, as in AIDE) every file is read. Shown with a file the examining thread may not
/// read: only a file that is really opened can fail.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class SkipUnchangedTests : IDisposable
{
    private static readonly byte[] Recorded = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];
    private readonly TempTree _tree = new();

    public SkipUnchangedTests()
    {
        File.SetUnixFileMode(_tree.Root, (UnixFileMode)0b111_101_101);
        _tree.File("/data/secret", "secret\n", UnixFileMode.None);
    }

    public void Dispose() => _tree.Dispose();

    [FsuidFact]
    public void With_skip_unchanged_an_unchanged_looking_file_keeps_its_recorded_hash_without_being_opened()
    {
        var now = AsNobody(skipUnchanged: true, before => before);

        Assert.Null(now.Error);
        Assert.Equal(Recorded, now.Sha256);
    }

    [FsuidFact]
    public void By_default_every_file_is_read_again()
    {
        var now = AsNobody(skipUnchanged: false, before => before);

        Assert.Equal("permission denied", now.Error);
        Assert.Null(now.Sha256);
    }

    [FsuidFact]
    public void With_skip_unchanged_a_file_whose_stat_moved_is_read_again()
    {
        var now = AsNobody(skipUnchanged: true, before => before with { CtimeNs = before.CtimeNs - 1 });

        Assert.Equal("permission denied", now.Error);
    }

    // Examines /data/secret as nobody against a baseline entry made from its current stat (then adjusted) and a known hash.
    private Entry AsNobody(bool skipUnchanged, Func<Entry, Entry> adjust)
    {
        var observed = _tree.Walker().Walk().Single(o => o.Path == "/data/secret");
        var stat = observed.Stat!.Value;
        var before = adjust(new Entry
        {
            Path = observed.Path, Attributes = observed.Rule.Attributes, Type = stat.Type, Mode = stat.Mode, Uid = stat.Uid, Gid = stat.Gid,
            Size = stat.Size, Inode = stat.Inode, Links = stat.Links, MtimeNs = stat.MtimeNs, CtimeNs = stat.CtimeNs, Sha256 = Recorded,
        });
        Entry? result = null;
        var thread = new Thread(() =>
        {
            Fsuid.Set(Fsuid.Nobody);
            try
            {
                result = Examiner.Examine(observed, before, skipUnchanged);
            }
            finally
            {
                Fsuid.Set(0);
            }
        });
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(60)));
        return result!;
    }
}
