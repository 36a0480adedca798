using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Findings;

/// <summary>One page of a findings list and how many findings match in all; what the API and the web UI list.</summary>
internal static class FindingList
{
    /// <summary>The page, read without tracking and without the evidence column (null here; the finding itself has it), which can be long.</summary>
    public static async Task<(int Total, List<Finding> Items)> ReadAsync(StoreContext store, FindingQuery query, SlaPolicy policy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var filtered = query.Apply(store.Findings.AsNoTracking(), policy, now);
        var total = await filtered.CountAsync(cancellationToken);
        var items = await filtered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).Select(f => new Finding
        {
            Id = f.Id, ProductId = f.ProductId, Fingerprint = f.Fingerprint, Scanner = f.Scanner, RuleId = f.RuleId, Severity = f.Severity,
            Title = f.Title, Message = f.Message, Path = f.Path, Line = f.Line, State = f.State, FirstScanId = f.FirstScanId,
            LastScanId = f.LastScanId, FirstSeen = f.FirstSeen, LastSeen = f.LastSeen, FixedAt = f.FixedAt, AcceptedUntil = f.AcceptedUntil,
        }).ToListAsync(cancellationToken);
        return (total, items);
    }
}
