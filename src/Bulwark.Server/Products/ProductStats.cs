using Bulwark.Server.Findings;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Products;

/// <summary>
/// A product's findings per severity (most severe first): open, breached and soon due under the SLA, fixed, and how long
/// fixing took (mean and median days). What the API's product statistics and the web UI's product page show.
/// </summary>
internal static class ProductStats
{
    /// <summary>One severity's line.</summary>
    internal sealed record Line(int Severity, int Open, int Breached, int SoonDue, int Fixed, double? MeanDaysToFix, double? MedianDaysToFix);

    public static async Task<List<Line>> ReadAsync(StoreContext store, long productId, SlaPolicy policy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var findings = await store.Findings.AsNoTracking().Where(f => f.ProductId == productId)
            .Select(f => new Finding
            {
                Fingerprint = "", Scanner = "", RuleId = "", Title = "", Message = "",
                Severity = f.Severity, State = f.State, FirstSeen = f.FirstSeen, FixedAt = f.FixedAt,
            })
            .ToListAsync(cancellationToken);
        return [.. Enumerable.Range(0, 5).Reverse().Select(severity =>
        {
            var these = findings.Where(f => f.Severity == severity).ToList();
            var statuses = these.Select(f => SlaStatus.Of(f, policy, now)).ToList();
            var days = these.Where(f => f.State == FindingState.Fixed && f.FixedAt is not null).Select(f => (f.FixedAt!.Value - f.FirstSeen).TotalDays).Order().ToList();
            return new Line(
                severity,
                these.Count(f => SlaStatus.Running.Contains(f.State)),
                statuses.Count(s => s == SlaStatus.Breached),
                statuses.Count(s => s == SlaStatus.SoonDue),
                days.Count,
                days.Count == 0 ? null : Math.Round(days.Average(), 2),
                days.Count == 0 ? null : Math.Round(days.Count % 2 == 1 ? days[days.Count / 2] : (days[(days.Count / 2) - 1] + days[days.Count / 2]) / 2, 2));
        })];
    }
}
