using System.Text.Json;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Changes;

/// <summary>
/// Applied <c>suppression</c> requests: which findings they cover, and the scans they keep applying to until they end.
/// A scan that brings a new (or reopened) finding a suppression covers accepts it at once, with the suppression's
/// request in its history; after the suppression's end it covers nothing.
/// </summary>
internal static class Suppressions
{
    private static readonly FindingState[] Unresolved = [FindingState.Open, FindingState.Confirmed, FindingState.Reopened];

    internal sealed record Suppression(long Change, string Rule, string? Path, DateTimeOffset Until);

    public static Suppression Of(ChangeRequest request)
    {
        using var payload = JsonDocument.Parse(request.Payload);
        var root = payload.RootElement;
        var path = root.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        return new Suppression(request.Id, root.GetProperty("rule").GetString()!, path, root.GetProperty("until").GetDateTimeOffset());
    }

    /// <summary>The unresolved findings of <paramref name="productId"/> that <paramref name="suppression"/> covers (of <paramref name="scanId"/> only, when given).</summary>
    public static async Task<List<long>> MatchingAsync(StoreContext store, Suppression suppression, long productId, long? scanId, CancellationToken cancellationToken)
    {
        var candidates = await store.Findings.AsNoTracking()
            .Where(f => f.ProductId == productId && f.RuleId == suppression.Rule && Unresolved.Contains(f.State) && (scanId == null || f.LastScanId == scanId))
            .Select(f => new { f.Id, f.Path })
            .ToListAsync(cancellationToken);
        if (suppression.Path is null)
        {
            return [.. candidates.Select(c => c.Id)];
        }

        var glob = PathGlob.ToRegex(suppression.Path);
        return [.. candidates.Where(c => c.Path is not null && glob.IsMatch(c.Path)).Select(c => c.Id)];
    }

    /// <summary>
    /// Accepts the findings scan <paramref name="scanId"/> brought that a suppression in force covers; the number
    /// accepted. Runs inside the scan's transaction, so the scan's ledger record covers it.
    /// </summary>
    public static async Task<int> ApplyToScanAsync(StoreContext store, string product, long productId, long scanId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var applied = await store.ChangeRequests.AsNoTracking()
            .Where(r => r.Kind == "suppression" && r.State == ChangeState.Applied && r.Product == product)
            .ToListAsync(cancellationToken);
        var accepted = 0;
        foreach (var suppression in applied.Select(Of).Where(s => s.Until > now))
        {
            var ids = await MatchingAsync(store, suppression, productId, scanId, cancellationToken);
            var findings = await store.Findings.Where(f => ids.Contains(f.Id)).ToListAsync(cancellationToken);
            foreach (var finding in findings)
            {
                store.FindingChanges.Add(new FindingChange
                {
                    FindingId = finding.Id, At = now, Actor = $"suppression (change #{suppression.Change})", From = finding.State, To = FindingState.RiskAccepted,
                    Reason = $"covered by the approved suppression of change #{suppression.Change}",
                });
                (finding.State, finding.AcceptedUntil) = (FindingState.RiskAccepted, suppression.Until);
            }

            accepted += findings.Count;
            await store.SaveChangesAsync(cancellationToken);
        }

        return accepted;
    }
}
