using Bulwark.Ledger.Events;
using Bulwark.Ledger.Notes;
using Bulwark.Ledger.Verification;

namespace Bulwark.Server.Audit;

/// <summary>
/// Who did what, when and why: the server's ledger read back, newest first, filtered; and whether the ledger is intact,
/// verified from its bytes and signed checkpoints with the public key kept beside it (<c>FILE.key.pub</c>, where
/// <c>bulwark ledger init</c> puts it).
/// </summary>
internal static class AuditTrail
{
    public const int MaxShown = 200;

    /// <summary>What to look for; every part optional, all must hold.</summary>
    internal sealed record Filter(string? Actor, string? Action, string? Subject, DateTimeOffset? Since, DateTimeOffset? Until);

    /// <summary>One record as the audit view shows it.</summary>
    internal sealed record Line(long Index, DateTimeOffset Time, string Actor, string ActorKind, string AuthenticatedBy, string Action, string Subject, string? Reason);

    /// <summary>The records that match (at most <see cref="MaxShown"/>, newest first) and how many match in all.</summary>
    internal sealed record Page(IReadOnlyList<Line> Lines, long Matched, long Total);

    /// <summary>The ledger's state: intact or not, with a sentence that says so.</summary>
    internal sealed record Verdict(bool? Intact, string Summary, IReadOnlyList<string> Problems);

    public static Page Read(string path, Filter filter)
    {
        var opened = Bulwark.Ledger.Ledger.Open(path, writable: false);
        if (!opened.Succeeded)
        {
            return new Page([], 0, 0);
        }

        using var ledger = opened.Value!;
        long matched = 0, total = 0;
        // The ledger reads forwards; the newest come last, so the last MaxShown matches are kept as they go.
        var window = new Queue<Line>();
        foreach (var entry in ledger.ReadEntries())
        {
            total++;
            if (EventParser.Parse(entry.Bytes).Event is not { } e || !Matches(e, filter))
            {
                continue;
            }

            matched++;
            window.Enqueue(new Line(entry.Index, e.Time, e.Actor.Id, e.Actor.Kind, e.Actor.AuthenticatedBy, e.Action, e.Subject, e.Reason));
            if (window.Count > MaxShown)
            {
                window.Dequeue();
            }
        }

        return new Page([.. window.Reverse()], matched, total);
    }

    public static Verdict Verify(string path)
    {
        var key = path + ".key.pub";
        if (!File.Exists(key))
        {
            return new Verdict(null, $"not verified: no public key beside the ledger ({key}) to check its signed checkpoints with", []);
        }

        var verifier = LedgerKeys.LoadVerifier(key);
        if (!verifier.Succeeded)
        {
            return new Verdict(null, $"not verified: {string.Join("; ", verifier.Problems)}", []);
        }

        var report = LedgerVerifier.Verify(path, Bulwark.Ledger.LedgerCheckpoints.OpenerFor(verifier.Value!), []);
        if (!report.Succeeded)
        {
            return new Verdict(false, $"cannot be read as a ledger: {string.Join("; ", report.Problems)}", []);
        }

        var r = report.Value!;
        var problems = r.Problems.Select(p => $"{(p.IsTampering ? "tampered" : "warning")}: {p}").ToList();
        var summary = r.Intact
            ? $"intact: {r.Entries} records, {r.CheckpointsVerified} signed checkpoints verified (the latest covers {r.VerifiedSize})"
            : $"TAMPERED: {r.Problems.Count(p => p.IsTampering)} problems in {r.Entries} records";
        return new Verdict(r.Intact, summary, problems);
    }

    private static bool Matches(LedgerEvent e, Filter filter) =>
        (filter.Actor is null || e.Actor.Id.Contains(filter.Actor, StringComparison.OrdinalIgnoreCase))
        && (filter.Action is null || e.Action.StartsWith(filter.Action, StringComparison.OrdinalIgnoreCase))
        && (filter.Subject is null || e.Subject.Contains(filter.Subject, StringComparison.OrdinalIgnoreCase))
        && (filter.Since is not { } since || e.Time >= since)
        && (filter.Until is not { } until || e.Time < until);
}
