using Bulwark.Server.Audit;
using Bulwark.Server.Auth;
using Bulwark.Server.Hosting;
using Bulwark.Server.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bulwark.Server.Findings;

/// <summary><c>GET /api/v1/sla</c>: days to fix per severity; <c>PUT /api/v1/sla</c>: change them (administrators).</summary>
internal static class SlaEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/sla", async (StoreContext store, CancellationToken cancellationToken) => Results.Ok(View(await SlaStore.GetAsync(store, cancellationToken))))
            .RequireAuthorization(ServerAuthentication.Api(Permission.Read)).WithSummary("Days to fix per severity");
        api.MapPut("/sla", SetAsync).RequireAuthorization(ServerAuthentication.Api(Permission.Administer)).WithSummary("Change the days to fix, with a reason").ProducesProblem(StatusCodes.Status400BadRequest);
    }

    internal sealed record SlaDays(int? Critical, int? High, int? Medium, int? Low, string? Reason);

    private static async Task<IResult> SetAsync(HttpContext context, StoreContext store, TimeProvider clock, ServerLedger ledger, SlaDays days, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(days.Reason))
        {
            return Problems.BadRequest("say why: a reason is required to change the SLA");
        }

        var current = await SlaStore.GetAsync(store, cancellationToken);
        var wanted = new SlaPolicy(days.Critical ?? current.Critical, days.High ?? current.High, days.Medium ?? current.Medium, days.Low ?? current.Low);
        if (SlaPolicy.Parse(wanted.Serialize()).Problem is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        var actor = context.User.Identity!.Name!;
        if (await ledger.RecordAsync(actor, "sla.changed", "sla", days.Reason.Trim(), new { from = current.Serialize(), to = wanted.Serialize() }, cancellationToken) is { } refused)
        {
            return Problems.NotRecorded(refused);
        }

        await SlaStore.SetAsync(store, wanted, actor, clock.GetUtcNow(), cancellationToken);
        return Results.Ok(View(wanted));
    }

    private static object View(SlaPolicy policy) => new { critical = policy.Critical, high = policy.High, medium = policy.Medium, low = policy.Low, soonDueDays = SlaPolicy.SoonDays };
}
