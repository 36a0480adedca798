using Bulwark.Server.Products;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Findings;

/// <summary>
/// How many findings were open at the end of each of the last days (UTC), per severity: the dashboard's chart.
/// </summary>
/// <remarks>
/// The rule: a finding counts as open on day d when, at the end of d (or now, for today), it had been first seen and its
/// state then was open, confirmed or reopened (the states the SLA clock runs in). Its state at a past moment is read
/// from its history: the state a finding had at time t is the <c>From</c> of its first change after t, or its state
/// now when nothing changed since. So a fix by a scan, a false-positive or risk-accepted judgement, and a reopening all
/// count from the moment they were recorded. A finding is counted under its severity now (scans may change it; its
/// past severities are not kept).
/// Computed backwards from today's counts, so only what happened inside the window is read: the counts now, the
/// first sightings after the first day, and the changes after it.
/// </remarks>
internal static class OpenFindingsByDay
{
    /// <summary>One day: its date and the findings open at its end, indexed by severity (0 info … 4 critical).</summary>
    internal sealed record Day(DateOnly Date, int[] Open);

    public static async Task<List<Day>> ReadAsync(StoreContext store, IReadOnlyList<long>? readable, DateTimeOffset now, int days, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var first = today.AddDays(1 - days);
        var firstEnd = End(first, now);

        var findings = store.Findings.AsNoTracking().Within(readable);
        var current = await findings.Where(f => SlaStatus.Running.Contains(f.State))
            .GroupBy(f => f.Severity).Select(g => new { Severity = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var sightings = await findings.Where(f => f.FirstSeen > firstEnd)
            .Select(f => new { f.FirstSeen, f.Severity }).ToListAsync(cancellationToken);
        var changes = await store.FindingChanges.AsNoTracking().Where(c => c.At > firstEnd)
            .Join(findings, c => c.FindingId, f => f.Id, (c, f) => new { c.At, c.From, c.To, f.Severity })
            .ToListAsync(cancellationToken);

        // What each event added to the open count after it happened; undoing the events after a day's end gives that day.
        var events = sightings.Select(s => (At: s.FirstSeen, s.Severity, Effect: 1))
            .Concat(changes.Select(c => (c.At, c.Severity, Effect: Open(c.To) - Open(c.From ?? FindingState.Open))))
            .Where(e => e.Effect != 0)
            .OrderByDescending(e => e.At)
            .ToList();
        var open = new int[5];
        foreach (var group in current)
        {
            open[Math.Clamp(group.Severity, 0, 4)] += group.Count;
        }

        var result = new List<Day>(days);
        var next = 0;
        for (var day = today; day >= first; day = day.AddDays(-1))
        {
            var end = End(day, now);
            for (; next < events.Count && events[next].At > end; next++)
            {
                open[Math.Clamp(events[next].Severity, 0, 4)] -= events[next].Effect;
            }

            result.Add(new Day(day, (int[])open.Clone()));
        }

        result.Reverse();
        return result;
    }

    private static int Open(FindingState state) => SlaStatus.Running.Contains(state) ? 1 : 0;

    // The end of a day, or now for today: what happened later is not part of it.
    private static DateTimeOffset End(DateOnly day, DateTimeOffset now)
    {
        var end = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return end < now ? end : now;
    }
}
