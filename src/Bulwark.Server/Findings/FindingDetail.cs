using Bulwark.Server.Products;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Findings;

/// <summary>One finding with its evidence and its whole history, as the API's detail and the web UI's finding page show it.</summary>
internal static class FindingDetail
{
    /// <summary>One step of the history: who moved the finding from what to what, when and why.</summary>
    internal sealed record Step(DateTimeOffset At, string Actor, string? From, string To, string Reason);

    /// <summary>The finding and its history, oldest first, with its first sighting; null when there is no such finding.</summary>
    /// <remarks>A finding of a product outside <paramref name="readable"/> (null: all) is not there for the asker.</remarks>
    public static async Task<(Finding Finding, List<Step> History)?> ReadAsync(StoreContext store, long id, IReadOnlyList<long>? readable, CancellationToken cancellationToken)
    {
        var finding = await store.Findings.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (finding is null || !ProductAccess.Allows(readable, finding.ProductId))
        {
            return null;
        }

        var changes = await store.FindingChanges.AsNoTracking().Where(c => c.FindingId == id).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        // The first sighting is the finding's own record, not a history row (imports write no row per new finding).
        List<Step> history = [new(finding.FirstSeen, $"scan #{finding.FirstScanId}", null, FindingStates.Name(FindingState.Open), "first seen")];
        history.AddRange(changes.Select(c => new Step(c.At, c.Actor, c.From is { } from ? FindingStates.Name(from) : null, FindingStates.Name(c.To), c.Reason)));
        return (finding, history);
    }
}
