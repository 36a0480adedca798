using Bulwark.Server.Auth;
using Bulwark.Server.Findings;
using Bulwark.Server.Hosting;
using Bulwark.Server.Store;
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
        api.MapGet("/products", async (HttpContext context, StoreContext store, CancellationToken cancellationToken) =>
            Results.Ok(await store.Products.AsNoTracking().Within(await ProductAccess.IdsAsync(store, Grants.From(context.User), Permission.Read, cancellationToken)).OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.Kind, p.CreatedAt }).ToListAsync(cancellationToken)))
            .RequireAuthorization(ServerAuthentication.Api(Permission.Read)).WithSummary("Every product");
        api.MapGet("/products/{name}/stats", StatsAsync).RequireAuthorization(ServerAuthentication.Api(Permission.Read))
            .WithSummary("Per severity: open, breached and soon-due findings, fixed ones and the days fixing took");
    }

    private static async Task<IResult> StatsAsync(HttpContext context, StoreContext store, TimeProvider clock, string name, CancellationToken cancellationToken)
    {
        var product = await store.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Name == name, cancellationToken);
        if (product is null || !Grants.From(context.User).Has(Permission.Read, product.Name))
        {
            return Problems.NotFound($"no product named {name}");
        }

        var policy = await SlaStore.GetAsync(store, cancellationToken);
        var bySeverity = (await ProductStats.ReadAsync(store, product.Id, policy, clock.GetUtcNow(), cancellationToken)).Select(line => new
        {
            severity = SeverityNames.Name((Severity)line.Severity),
            open = line.Open,
            breached = line.Breached,
            soonDue = line.SoonDue,
            @fixed = line.Fixed,
            meanDaysToFix = line.MeanDaysToFix,
            medianDaysToFix = line.MedianDaysToFix,
        });
        return Results.Ok(new { product = product.Name, kind = product.Kind, sla = new { policy.Critical, policy.High, policy.Medium, policy.Low }, bySeverity });
    }
}
