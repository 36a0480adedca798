using Bulwark.Server.Auth;
using Bulwark.Server.Findings;
using Bulwark.Server.Hosting;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Severity = Bulwark.Sdk.Severity;
using SeverityNames = Bulwark.Sdk.SeverityNames;

namespace Bulwark.Server.Products;

/// <summary>
/// <c>GET /api/v1/products</c> and <c>GET /api/v1/products/{name}/stats</c>: per severity, what is open, breached and
/// soon due under the SLA, what was fixed, and how long fixing took (mean and median days).
/// </summary>
internal static class ProductEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/products", async (StoreContext store, CancellationToken cancellationToken) =>
            Results.Ok(await store.Products.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.Kind, p.CreatedAt }).ToListAsync(cancellationToken)))
            .RequireAuthorization(TokenScopes.Read).WithSummary("Every product");
        api.MapGet("/products/{name}/stats", StatsAsync).RequireAuthorization(TokenScopes.Read)
            .WithSummary("Per severity: open, breached and soon-due findings, fixed ones and the days fixing took");
    }

    private static async Task<IResult> StatsAsync(StoreContext store, TimeProvider clock, string name, CancellationToken cancellationToken)
    {
        var product = await store.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Name == name, cancellationToken);
        if (product is null)
        {
            return Problems.NotFound($"no product named {name}");
        }

        var policy = await SlaStore.GetAsync(store, cancellationToken);
        var now = clock.GetUtcNow();
        var findings = await store.Findings.AsNoTracking().Where(f => f.ProductId == product.Id)
            .Select(f => new Finding
            {
                Fingerprint = "", Scanner = "", RuleId = "", Title = "", Message = "",
                Severity = f.Severity, State = f.State, FirstSeen = f.FirstSeen, FixedAt = f.FixedAt,
            })
            .ToListAsync(cancellationToken);
        var bySeverity = Enumerable.Range(0, 5).Reverse().Select(severity =>
        {
            var these = findings.Where(f => f.Severity == severity).ToList();
            var statuses = these.Select(f => SlaStatus.Of(f, policy, now)).ToList();
            var days = these.Where(f => f.State == FindingState.Fixed && f.FixedAt is not null).Select(f => (f.FixedAt!.Value - f.FirstSeen).TotalDays).Order().ToList();
            return new
            {
                severity = SeverityNames.Name((Severity)severity),
                open = these.Count(f => SlaStatus.Running.Contains(f.State)),
                breached = statuses.Count(s => s == SlaStatus.Breached),
                soonDue = statuses.Count(s => s == SlaStatus.SoonDue),
                @fixed = days.Count,
                meanDaysToFix = days.Count == 0 ? (double?)null : Math.Round(days.Average(), 2),
                medianDaysToFix = days.Count == 0 ? (double?)null : Math.Round(days.Count % 2 == 1 ? days[days.Count / 2] : (days[(days.Count / 2) - 1] + days[days.Count / 2]) / 2, 2),
            };
        }).ToList();
        return Results.Ok(new { product = product.Name, kind = product.Kind, sla = new { policy.Critical, policy.High, policy.Medium, policy.Low }, bySeverity });
    }
}
