using Bulwark.Ledger.Merkle;
using Bulwark.Ledger.Storage;
using Microsoft.Win32.SafeHandles;

namespace Bulwark.Ledger.Verification;

/// <summary>
/// What the caches beside a ledger add to a verification. They prove nothing (whoever can edit the ledger can
/// edit them), but they were written as entries were appended, so they point at the first entry that changed
/// and notice entries cut from the end. Used only as evidence next to the cryptographic checks.
/// </summary>
internal static class CacheEvidence
{
    private const int MaxReported = 5;

    public static IEnumerable<VerificationProblem> Compare(string path, SafeFileHandle file, LedgerLayout layout, bool lookForChangedEntries)
    {
        var paths = new LedgerPaths(Path.GetFullPath(path));
        if (!File.Exists(paths.Entries) || !File.Exists(paths.Tree))
        {
            yield break;
        }

        using var entries = OffsetFile.Open(paths.Entries, "BWLIDX01", writable: false);
        using var tree = NodeFile.Open(paths.Tree, writable: false);
        if (entries.Count > layout.EntryOffsets.Count)
        {
            yield return new VerificationProblem(VerificationIssue.CacheRemembersMore, $"the index beside the ledger remembers {entries.Count} entries but the file holds {layout.EntryOffsets.Count}: entries were removed from the end (compare with a checkpoint kept elsewhere to prove it)");
        }
        else if (File.Exists(paths.Checkpoints))
        {
            // Caches are written only after the ledger's fsync: a crash cannot leave them ahead of the file.
            using var checkpoints = OffsetFile.Open(paths.Checkpoints, "BWLCPS01", writable: false);
            if (checkpoints.Count > layout.Checkpoints.Count)
            {
                yield return new VerificationProblem(VerificationIssue.CacheRemembersMore, $"the checkpoint index beside the ledger remembers {checkpoints.Count} checkpoints but the file holds {layout.Checkpoints.Count}: the end of the file was cut after it was committed");
            }
        }

        if (!lookForChangedEntries)
        {
            yield break;
        }

        var reported = 0;
        var known = Math.Min(layout.EntryOffsets.Count, Math.Min(entries.Count, tree.Count == 0 ? 0 : LeavesIn(tree.Count)));
        for (var index = 0; index < known && reported < MaxReported; index++)
        {
            var offset = layout.EntryOffsets[index];
            var payload = Payload(file, offset);
            if (payload is not null && Hash.Leaf(payload) != tree.Read(TreeMath.PostOrderPosition(0, index)))
            {
                reported++;
                yield return new VerificationProblem(VerificationIssue.ModifiedEntry, "this entry differs from the one appended at this position (its leaf hash changed)", index, offset);
            }
        }
    }

    private static long LeavesIn(long nodes)
    {
        long low = 0, high = nodes;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (TreeMath.StoredNodes(mid) <= nodes)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    private static byte[]? Payload(SafeFileHandle file, long offset)
    {
        var head = new byte[RecordFormat.Overhead];
        RandomAccess.Read(file, head, offset);
        var length = BitConverter.ToInt32(head, 3);
        var framed = new byte[RecordFormat.FramedLength(length)];
        RandomAccess.Read(file, framed, offset);
        return framed.AsSpan(RecordFormat.Overhead, length).ToArray();
    }
}
