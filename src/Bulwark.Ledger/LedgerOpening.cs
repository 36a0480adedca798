using Bulwark.Ledger.Merkle;
using Bulwark.Ledger.Storage;
using Bulwark.Sdk;
using Microsoft.Win32.SafeHandles;

namespace Bulwark.Ledger;

public sealed partial class Ledger
{
    /// <summary>How <see cref="Open"/> says another process is writing: a writer that may wait and try again looks for it.</summary>
    public const string HeldByAnotherWriter = "the ledger is open for writing by another process";

    // After a crash the last entries of the caches may not have reached the disk; this many are re-checked.
    private const int TailCheckAfterCrash = 4096;

    /// <summary>Creates a new, empty ledger named <paramref name="origin"/>; refuses to overwrite an existing file.</summary>
    public static Created<Ledger> Create(string path, string origin)
    {
        if (string.IsNullOrWhiteSpace(origin) || origin.Any(char.IsControl))
        {
            return Created<Ledger>.Failed("origin", "the origin must be a non-empty line of text, such as bulwark.example.com/audit");
        }

        var paths = new LedgerPaths(Path.GetFullPath(path));
        if (File.Exists(paths.Ledger))
        {
            return Created<Ledger>.Failed(path, "a ledger already exists here");
        }

        try
        {
            using (var file = new FileStream(paths.Ledger, FileMode.CreateNew, FileAccess.Write))
            {
                file.Write(RecordFormat.Header(origin));
                file.Flush(flushToDisk: true);
            }

            foreach (var cache in paths.Caches)
            {
                File.Delete(cache);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Created<Ledger>.Failed(path, "cannot create the ledger: " + e.Message);
        }

        return Open(path, writable: true);
    }

    /// <summary>
    /// Opens a ledger. For writing it takes the writer's lock, cuts a torn last write back (and says so in
    /// <see cref="RecoveryNotes"/>), and brings the caches up to date; read-only it changes nothing.
    /// Damage inside the file is refused with its byte offset.
    /// </summary>
    public static Created<Ledger> Open(string path, bool writable)
    {
        var paths = new LedgerPaths(Path.GetFullPath(path));
        if (!File.Exists(paths.Ledger))
        {
            return Created<Ledger>.Failed(path, "no ledger here (create one with 'bulwark ledger init')");
        }

        FileStream? lockFile = null;
        try
        {
            var crashed = false;
            if (writable)
            {
                crashed = File.Exists(paths.Lock);
                lockFile = new FileStream(paths.Lock, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }

            var file = File.OpenHandle(paths.Ledger, FileMode.Open, writable ? FileAccess.ReadWrite : FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var opened = OpenFile(paths, file, writable, crashed, lockFile);
            if (!opened.Succeeded)
            {
                file.Dispose();
                lockFile?.Dispose();
            }

            return opened;
        }
        catch (IOException e) when (lockFile is null && writable)
        {
            return Created<Ledger>.Failed(path, HeldByAnotherWriter + ": " + e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            lockFile?.Dispose();
            return Created<Ledger>.Failed(path, "cannot open the ledger: " + e.Message);
        }
    }

    private static Created<Ledger> OpenFile(LedgerPaths paths, SafeFileHandle file, bool writable, bool crashed, FileStream? lockFile)
    {
        var head = new byte[Math.Min(RandomAccess.GetLength(file), 1 << 16)];
        RandomAccess.Read(file, head, 0);
        var (origin, headerLength, problem) = RecordFormat.ReadHeader(head);
        if (problem is not null)
        {
            return Created<Ledger>.Failed(paths.Ledger, problem);
        }

        var entries = OffsetFile.Open(paths.Entries, "BWLIDX01", writable);
        var checkpoints = OffsetFile.Open(paths.Checkpoints, "BWLCPS01", writable);
        var tree = NodeFile.Open(paths.Tree, writable);
        var notes = new List<string>();
        if (!CachesAgree(file, entries, tree, crashed ? TailCheckAfterCrash : 1))
        {
            if (!writable)
            {
                return Created<Ledger>.Failed(paths.Ledger, "the ledger's caches are stale; open it for writing once (or run 'bulwark ledger verify') to rebuild them");
            }

            entries.Truncate(0);
            checkpoints.Truncate(0);
            tree.Truncate(0);
            notes.Add("rebuilt the index and tree caches from the ledger");
        }

        var resume = entries.Count == 0 ? headerLength : EndOf(file, entries.Read(entries.Count - 1));
        if (writable)
        {
            // The caches may run ahead of the entry index after a crash between their writes: trim them to it.
            while (checkpoints.Count > 0 && checkpoints.Read(checkpoints.Count - 1) >= resume)
            {
                checkpoints.Truncate(checkpoints.Count - 1);
            }

            tree.Truncate(TreeMath.StoredNodes(entries.Count));
        }
        var range = CompactRange.Restore(entries.Count, tree.Perfect);
        var newOffsets = new List<long>();
        var newCheckpoints = new List<long>();
        var newNodes = new List<Hash>();
        var end = RecordScanner.Scan(file, resume, (offset, kind, payload) =>
        {
            if (kind == RecordKind.Entry)
            {
                newOffsets.Add(offset);
                range.Append(Hash.Leaf(payload), newNodes);
            }
            else
            {
                newCheckpoints.Add(offset);
            }
        });
        if (end.DamagedInside)
        {
            return Created<Ledger>.Failed(paths.Ledger, $"the record at byte {end.Damage} (after entry {entries.Count + newOffsets.Count - 1}) is damaged and valid records follow it at byte {end.ResumesAt}: the file was altered; run 'bulwark ledger verify'");
        }

        FileStream? writer = null;
        if (writable)
        {
            if (end.TornTail)
            {
                RandomAccess.SetLength(file, end.End);
                RandomAccess.FlushToDisk(file);
                notes.Add($"cut back a torn last write: {end.FileLength - end.End} bytes at byte {end.End} were an incomplete record");
            }

            entries.Append(newOffsets);
            checkpoints.Append(newCheckpoints);
            tree.Append(newNodes);
            writer = new FileStream(new SafeFileHandle(file.DangerousGetHandle(), ownsHandle: false), FileAccess.Write, 1 << 20);
            writer.Seek(end.End, SeekOrigin.Begin);
        }
        else
        {
            // A reader sees the ledger as of the writer's last commit: records past it are still being written.
            if (newOffsets.Count > 0 || newCheckpoints.Count > 0)
            {
                notes.Add($"{newOffsets.Count} entries and {newCheckpoints.Count} checkpoints after entry {entries.Count - 1} are not committed yet; they are not shown");
            }

            if (end.TornTail)
            {
                notes.Add($"the last {end.FileLength - end.End} bytes (from byte {end.End}) are an incomplete record; the next writer will cut them back");
            }
        }

        return Created<Ledger>.Ok(new Ledger(paths, origin!, file, writer, lockFile, entries, checkpoints, tree, writable ? end.End : resume, notes));
    }

    // The caches agree with the file when the last few indexed entries are valid records whose leaf hashes are
    // the ones the tree cache holds, and the tree holds exactly the nodes of that many entries.
    private static bool CachesAgree(SafeFileHandle file, OffsetFile entries, NodeFile tree, int check)
    {
        var count = entries.Count;
        if (tree.Count < TreeMath.StoredNodes(count))
        {
            return false;
        }

        for (var index = Math.Max(0, count - check); index < count; index++)
        {
            var bytes = RecordAt(file, entries.Read(index));
            if (bytes is null || Hash.Leaf(bytes) != tree.Read(TreeMath.PostOrderPosition(0, index)))
            {
                return false;
            }
        }

        return true;
    }

    private static byte[]? RecordAt(SafeFileHandle file, long offset)
    {
        var head = new byte[RecordFormat.Overhead];
        if (offset < 0 || RandomAccess.Read(file, head, offset) < head.Length)
        {
            return null;
        }

        var length = BitConverter.ToInt32(head, 3);
        if (length < 0 || length > RecordFormat.MaxPayload)
        {
            return null;
        }

        var framed = new byte[RecordFormat.FramedLength(length)];
        var (status, kind, payloadLength) = RandomAccess.Read(file, framed, offset) == framed.Length ? RecordFormat.TryRead(framed) : (RecordStatus.Incomplete, default, 0);
        return status == RecordStatus.Valid && kind == RecordKind.Entry ? framed.AsSpan(RecordFormat.Overhead, payloadLength).ToArray() : null;
    }

    private static long EndOf(SafeFileHandle file, long offset) => offset + RecordFormat.FramedLength(RecordAt(file, offset)!.Length);
}
