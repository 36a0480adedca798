using System.Diagnostics;
using System.Text;
using Bulwark.Ledger.Merkle;
using Bulwark.Ledger.Notes;
using Bulwark.Ledger.Storage;
using Bulwark.Sdk;
using Microsoft.Win32.SafeHandles;

namespace Bulwark.Ledger.Verification;

/// <summary>Opens a checkpoint note: the checkpoint when the log's signature verifies, else the reason.</summary>
public delegate (Checkpoint? Checkpoint, string? Problem) CheckpointOpener(string note);

/// <summary>
/// Verifies a ledger from its bytes alone, trusting nothing beside it: recomputes every leaf and the root at
/// every checkpoint, checks each checkpoint's signature, and compares with checkpoints kept elsewhere. The
/// caches are used only afterwards, to point at the first entry that differs from what was appended.
/// </summary>
public static class LedgerVerifier
{
    /// <summary>Verifies the ledger at <paramref name="path"/>; a file that is not a ledger is a problem, not a report.</summary>
    public static Created<VerificationReport> Verify(string path, CheckpointOpener open, IReadOnlyList<TrustedCheckpoint> trusted)
    {
        var clock = Stopwatch.StartNew();
        SafeFileHandle file;
        try
        {
            file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Created<VerificationReport>.Failed(path, "cannot read the ledger: " + e.Message);
        }

        using (file)
        {
            var head = new byte[Math.Min(RandomAccess.GetLength(file), 1 << 16)];
            RandomAccess.Read(file, head, 0);
            var (origin, headerLength, problem) = RecordFormat.ReadHeader(head);
            if (problem is not null)
            {
                return Created<VerificationReport>.Failed(path, problem);
            }

            var problems = new List<VerificationProblem>();
            var layout = Survey(file, headerLength, problems);
            var wanted = layout.Checkpoints.Select(c => open(c.Note).Checkpoint?.Size ?? -1)
                .Concat(trusted.Select(t => t.Checkpoint.Size)).Where(s => s > 0).ToHashSet();
            var (range, roots) = HashAll(file, layout, wanted);
            var verified = CheckCheckpoints(layout, open, origin!, roots, problems, out var verifiedSize);
            CheckTrusted(trusted, range.Size, roots, problems);
            if (layout.EntriesAfterLastCheckpoint > 0)
            {
                problems.Add(new VerificationProblem(VerificationIssue.UnsignedTail, $"{layout.EntriesAfterLastCheckpoint} entries after the last checkpoint are not yet vouched for by a signature (write one with 'bulwark ledger checkpoint')"));
            }

            problems.AddRange(CacheEvidence.Compare(path, file, layout, problems.Any(p => p.IsTampering)));
            return Created<VerificationReport>.Ok(new VerificationReport
            {
                Entries = range.Size,
                CheckpointsVerified = verified,
                TrustedCheckpointsChecked = trusted.Count,
                Root = range.Root(),
                VerifiedSize = verifiedSize,
                Problems = problems,
                Duration = clock.Elapsed,
            });
        }
    }

    // First pass, framing only: where the entries and checkpoints are, and any damage.
    private static LedgerLayout Survey(SafeFileHandle file, long start, List<VerificationProblem> problems)
    {
        var layout = new LedgerLayout();
        var from = start;
        while (true)
        {
            var end = RecordScanner.Scan(file, from, (offset, kind, payload) =>
            {
                if (kind == RecordKind.Entry)
                {
                    layout.EntryOffsets.Add(offset);
                }
                else
                {
                    layout.Checkpoints.Add((offset, layout.EntryOffsets.Count, Encoding.UTF8.GetString(payload)));
                }
            });
            if (end.DamagedInside)
            {
                problems.Add(new VerificationProblem(VerificationIssue.DamagedRecord, $"the record here is damaged (checksum or framing broken); the next valid record starts at byte {end.ResumesAt}: the file was altered", layout.EntryOffsets.Count, end.Damage));
                from = end.ResumesAt!.Value;
                continue;
            }

            if (end.TornTail)
            {
                problems.Add(new VerificationProblem(VerificationIssue.TornTail, $"the file ends inside a record ({end.FileLength - end.End} bytes): a torn last write, or the file was cut", null, end.End));
            }

            return layout;
        }
    }

    // Second pass: every leaf, in parallel blocks; the root is kept at every size a checkpoint names.
    private static (CompactRange Range, Dictionary<long, Hash> Roots) HashAll(SafeFileHandle file, LedgerLayout layout, HashSet<long> wanted)
    {
        var range = new CompactRange();
        var roots = new Dictionary<long, Hash> { [0] = Hash.Empty };
        var batch = new LeafBatch();
        var next = 0;
        RecordScanner.Scan(file, layout.EntryOffsets.Count == 0 ? RandomAccess.GetLength(file) : layout.EntryOffsets[0], (offset, kind, payload) =>
        {
            if (kind != RecordKind.Entry || next >= layout.EntryOffsets.Count || layout.EntryOffsets[next] != offset)
            {
                return;
            }

            next++;
            batch.Add(payload, offset);
            if (batch.Full)
            {
                Fold(batch, range, roots, wanted);
            }
        }, resume: true);
        Fold(batch, range, roots, wanted);
        return (range, roots);
    }

    private static void Fold(LeafBatch batch, CompactRange range, Dictionary<long, Hash> roots, HashSet<long> wanted)
    {
        var leaves = batch.LeafHashes();
        var count = batch.Records.Count;
        var i = 0;
        while (i < count)
        {
            const int block = 1 << LeafBatch.BlockLevel;
            var aligned = range.Size % block == 0 && count - i >= block
                && !wanted.Any(s => s > range.Size && s < range.Size + block);
            if (aligned)
            {
                var blocks = 1;
                while (i + ((blocks + 1) * block) <= count && !wanted.Any(s => s > range.Size + (blocks * block) && s < range.Size + ((blocks + 1) * block)))
                {
                    blocks++;
                }

                var blockRoots = LeafBatch.BlockRoots(leaves[(i * Hash.Size)..], blocks);
                for (var b = 0; b < blocks; b++)
                {
                    range.AppendSubtree(LeafBatch.BlockLevel, new Hash(blockRoots.AsSpan(b * Hash.Size, Hash.Size)));
                    Remember(range, roots, wanted);
                }

                i += blocks * block;
                continue;
            }

            range.Append(new Hash(leaves.AsSpan(i * Hash.Size, Hash.Size)), []);
            Remember(range, roots, wanted);
            i++;
        }

        batch.Clear();
    }

    private static void Remember(CompactRange range, Dictionary<long, Hash> roots, HashSet<long> wanted)
    {
        if (wanted.Contains(range.Size))
        {
            roots[range.Size] = range.Root();
        }
    }

    private static int CheckCheckpoints(LedgerLayout layout, CheckpointOpener open, string origin, Dictionary<long, Hash> roots, List<VerificationProblem> problems, out long verifiedSize)
    {
        var verified = 0;
        verifiedSize = 0;
        foreach (var (offset, precedingEntries, note) in layout.Checkpoints)
        {
            var (checkpoint, reason) = open(note);
            if (checkpoint is null)
            {
                problems.Add(new VerificationProblem(VerificationIssue.BadSignature, $"checkpoint rejected: {reason}", null, offset));
                continue;
            }

            if (checkpoint.Origin != origin)
            {
                problems.Add(new VerificationProblem(VerificationIssue.BadSignature, $"checkpoint is for log '{checkpoint.Origin}', not '{origin}'", null, offset));
            }
            else if (checkpoint.Size > precedingEntries)
            {
                problems.Add(new VerificationProblem(VerificationIssue.MissingEntries, $"the checkpoint vouches for {checkpoint.Size} entries but only {precedingEntries} precede it: entries were removed", null, offset));
            }
            else if (!roots.TryGetValue(checkpoint.Size, out var root) || root != checkpoint.Root)
            {
                problems.Add(new VerificationProblem(VerificationIssue.RootMismatch, $"the entries do not match the signed root of the checkpoint for {checkpoint.Size} entries: an entry before it was changed, removed or reordered", null, offset));
            }
            else
            {
                verified++;
                verifiedSize = Math.Max(verifiedSize, checkpoint.Size);
            }
        }

        return verified;
    }

    private static void CheckTrusted(IReadOnlyList<TrustedCheckpoint> trusted, long size, Dictionary<long, Hash> roots, List<VerificationProblem> problems)
    {
        foreach (var (checkpoint, source) in trusted)
        {
            if (checkpoint.Size > size)
            {
                problems.Add(new VerificationProblem(VerificationIssue.Rollback, $"the ledger holds {size} entries but the checkpoint in {source} vouches for {checkpoint.Size}: it was truncated or rolled back"));
            }
            else if (roots.TryGetValue(checkpoint.Size, out var root) && root != checkpoint.Root)
            {
                problems.Add(new VerificationProblem(VerificationIssue.Fork, $"at {checkpoint.Size} entries the ledger's root differs from the checkpoint in {source}: its history was rewritten (a fork)"));
            }
        }
    }
}
