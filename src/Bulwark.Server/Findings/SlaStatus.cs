using Bulwark.Server.Store.Model;

namespace Bulwark.Server.Findings;

/// <summary>Where a finding stands against the SLA: its due date and whether it is on time, soon due or breached.</summary>
internal static class SlaStatus
{
    public const string Breached = "breached";
    public const string SoonDue = "soon-due";
    public const string OnTime = "on-time";

    public static readonly string[] Names = [Breached, SoonDue, OnTime];

    /// <summary>States the SLA clock runs in: the finding is still there and nobody has judged it away.</summary>
    public static readonly FindingState[] Running = [FindingState.Open, FindingState.Confirmed, FindingState.Reopened];

    public static DateTimeOffset? Due(Finding finding, SlaPolicy policy) =>
        policy.Days(finding.Severity) is { } days ? finding.FirstSeen.AddDays(days) : null;

    /// <summary>The status, or null when no clock runs (info, or fixed, false positive, risk accepted).</summary>
    public static string? Of(Finding finding, SlaPolicy policy, DateTimeOffset now)
    {
        if (!Running.Contains(finding.State) || Due(finding, policy) is not { } due)
        {
            return null;
        }

        return now > due ? Breached : now > due - policy.Warning(finding.Severity) ? SoonDue : OnTime;
    }

    /// <summary>The findings with <paramref name="status"/>, as a query the database runs.</summary>
    public static IQueryable<Finding> Filter(IQueryable<Finding> findings, string status, SlaPolicy policy, DateTimeOffset now)
    {
        // A finding first seen before "due" cutoff is breached; before the "warn" cutoff, at least soon due.
        DateTimeOffset Due(int severity) => now.AddDays(-policy.Days(severity)!.Value);
        DateTimeOffset Warn(int severity) => Due(severity) + policy.Warning(severity);
        var (d4, d3, d2, d1) = (Due(4), Due(3), Due(2), Due(1));
        var (w4, w3, w2, w1) = (Warn(4), Warn(3), Warn(2), Warn(1));
        var running = findings.Where(f => Running.Contains(f.State) && f.Severity > 0);
        return status switch
        {
            Breached => running.Where(f =>
                (f.Severity == 4 && f.FirstSeen < d4) || (f.Severity == 3 && f.FirstSeen < d3) || (f.Severity == 2 && f.FirstSeen < d2) || (f.Severity == 1 && f.FirstSeen < d1)),
            SoonDue => running.Where(f =>
                (f.Severity == 4 && f.FirstSeen >= d4 && f.FirstSeen < w4) || (f.Severity == 3 && f.FirstSeen >= d3 && f.FirstSeen < w3)
                || (f.Severity == 2 && f.FirstSeen >= d2 && f.FirstSeen < w2) || (f.Severity == 1 && f.FirstSeen >= d1 && f.FirstSeen < w1)),
            _ => running.Where(f =>
                (f.Severity == 4 && f.FirstSeen >= w4) || (f.Severity == 3 && f.FirstSeen >= w3) || (f.Severity == 2 && f.FirstSeen >= w2) || (f.Severity == 1 && f.FirstSeen >= w1)),
        };
    }
}
