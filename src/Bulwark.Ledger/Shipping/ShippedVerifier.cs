using Bulwark.Ledger.Merkle;
using Bulwark.Ledger.Notes;

namespace Bulwark.Ledger.Shipping;

/// <summary>
/// The receiving side's check: reads shipped lines (the file target's, or a syslog collector's output), drops exact
/// repeats, and reports changed repeats, bad leaf hashes and missing entries. For every checkpoint it recomputes the
/// RFC 9162 root over the received entries 0..size−1 and compares: a match proves nothing was dropped or altered up
/// to there. With the log's verifier key the checkpoint signatures are checked too; without one, anyone able to
/// write the lines could also forge a matching checkpoint, so only accidental loss is ruled out.
/// </summary>
public static class ShippedVerifier
{
    private const int MaxGapsListed = 20;

    /// <summary>Verifies <paramref name="lines"/>; <paramref name="log"/> is the log's verifier key, when the receiver has it.</summary>
    public static ShippedVerification Verify(IEnumerable<string> lines, NoteVerifier? log = null)
    {
        var received = Receive(lines);
        var problems = received.Problems;
        var checkpoints = Open(received, log, problems);
        var extent = Math.Max(received.Entries.Count == 0 ? 0 : received.Entries.Keys.Max() + 1, checkpoints.Select(c => c.Size).DefaultIfEmpty(0).Max());
        var missing = Gaps(received.Entries, extent);
        problems.AddRange(missing.Take(MaxGapsListed).Select(g => g.First == g.Last ? $"entry {g.First} is missing" : $"entries {g.First}–{g.Last} are missing"));
        if (missing.Count > MaxGapsListed)
        {
            problems.Add($"… and {missing.Count - MaxGapsListed} more gaps");
        }

        var verified = 0L;
        foreach (var checkpoint in checkpoints.OrderBy(c => c.Size))
        {
            // A checkpoint over missing or damaged entries is already explained by those problems.
            if (missing.Any(g => g.First < checkpoint.Size) || received.Damaged.Any(i => i < checkpoint.Size))
            {
                continue;
            }

            var root = Subtrees.Root(Perfect(received.Entries), checkpoint.Size);
            if (root == checkpoint.Root)
            {
                verified = Math.Max(verified, checkpoint.Size);
                continue;
            }

            problems.Add($"the checkpoint of size {checkpoint.Size} (line {checkpoint.Line}) has root {checkpoint.Root.ToBase64()}, but entries 0–{checkpoint.Size - 1} as received hash to {root.ToBase64()}: an entry was altered, or the checkpoint is not this log's");
        }

        if (log is null && checkpoints.Count > 0)
        {
            received.Notes.Add("checkpoint signatures were not checked (no verifier key given): only the roots were compared");
        }

        return new ShippedVerification
        {
            Problems = problems,
            Notes = received.Notes,
            Entries = received.Entries.Count,
            Duplicates = received.Duplicates,
            Checkpoints = checkpoints.Count,
            VerifiedSize = problems.Count == 0 ? verified : 0,
        };
    }

    private static Received Receive(IEnumerable<string> lines)
    {
        var received = new Received();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            var message = ShippedLine.Read(line, number, out var unreadable);
            if (message is null)
            {
                if (unreadable is not null)
                {
                    received.Notes.Add(unreadable);
                }

                continue;
            }

            received.Origin ??= message.Origin;
            if (message.Origin != received.Origin)
            {
                received.Problems.Add($"line {number}: origin '{message.Origin}' is not '{received.Origin}', the log of the first message");
            }
            else if (message.Type == WireFormat.EntryType)
            {
                received.AddEntry(message);
            }
            else if (!received.Checkpoints.TryAdd(message.Note!, message))
            {
                received.Duplicates++;
            }
        }

        return received;
    }

    private static List<(Checkpoint Checkpoint, long Size, Hash Root, int Line)> Open(Received received, NoteVerifier? log, List<string> problems)
    {
        var opened = new List<(Checkpoint, long, Hash, int)>();
        foreach (var message in received.Checkpoints.Values.OrderBy(m => m.Number))
        {
            var (checkpoint, reason) = Read(message.Note!, log);
            if (checkpoint is null)
            {
                problems.Add($"line {message.Number}: checkpoint rejected: {reason}");
            }
            else if (checkpoint.Size != message.Position || checkpoint.Origin != message.Origin)
            {
                problems.Add($"line {message.Number}: the message says size {message.Position} of '{message.Origin}', but its checkpoint is size {checkpoint.Size} of '{checkpoint.Origin}'");
            }
            else
            {
                opened.Add((checkpoint, checkpoint.Size, checkpoint.Root, message.Number));
            }
        }

        return opened;
    }

    // With the log's key the signature must verify before the body is believed; without it, the body is only parsed.
    private static (Checkpoint? Checkpoint, string? Reason) Read(string note, NoteVerifier? log)
    {
        if (log is not null)
        {
            var opened = CheckpointNote.Open(note, log);
            return (opened.Value?.Checkpoint, opened.Reason);
        }

        var signed = SignedNote.Parse(note);
        var body = signed.Succeeded ? CheckpointNote.ParseBody(signed.Value.Text) : null;
        return (body?.Value, signed.Reason ?? body?.Reason);
    }

    // Walks the received indexes in order rather than every index up to the extent: a forged line claiming
    // index 10^15 must cost one gap, not a loop of 10^15 steps.
    private static List<(long First, long Last)> Gaps(Dictionary<long, Received.Entry> entries, long extent)
    {
        var gaps = new List<(long, long)>();
        var expected = 0L;
        foreach (var index in entries.Keys.Order().Append(extent))
        {
            if (index > expected)
            {
                gaps.Add((expected, index - 1));
            }

            expected = Math.Max(expected, index + 1);
        }

        return gaps;
    }

    private static PerfectSubtree Perfect(Dictionary<long, Received.Entry> entries)
    {
        Hash Subtree(int level, long index) =>
            level == 0 ? entries[index].Leaf : Hash.Node(Subtree(level - 1, 2 * index), Subtree(level - 1, (2 * index) + 1));
        return Subtree;
    }
}
