using System.Text.Json;
using Bulwark.Server.Auth;
using Bulwark.Server.Changes;
using Bulwark.Server.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bulwark.Server.Findings;

/// <summary>
/// <c>GET /api/v1/sla</c>: days to fix per severity; <c>PUT /api/v1/sla</c>: ask to change them, which a second
/// person approves (a change request of kind <c>sla</c>).
/// </summary>
internal static class SlaEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/sla", async (StoreContext store, CancellationToken cancellationToken) => Results.Ok(View(await SlaStore.GetAsync(store, cancellationToken))))
            .RequireAuthorization(ServerAuthentication.Api(Permission.Read)).WithSummary("Days to fix per severity");
        api.MapPut("/sla", SetAsync).RequireAuthorization(ServerAuthentication.Api(Permission.Request))
            .WithSummary("Ask to change the days to fix, with a reason: answers 202 with the change request that waits for approval")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    internal sealed record SlaDays(int? Critical, int? High, int? Medium, int? Low, string? Reason);

    private static async Task<IResult> SetAsync(HttpContext context, ChangeRequests requests, StoreContext store, SlaDays days, CancellationToken cancellationToken)
    {
        var wanted = new Dictionary<string, int>();
        foreach (var (name, value) in new[] { ("critical", days.Critical), ("high", days.High), ("medium", days.Medium), ("low", days.Low) })
        {
            if (value is { } d)
            {
                wanted[name] = d;
            }
        }

        var ask = new ChangeAsk("sla", "sla", days.Reason, JsonSerializer.SerializeToElement(wanted), null, null);
        return await ChangeEndpoints.AnswerAsync(await requests.RequestAsync(ask, context.User, cancellationToken), store, context.User, StatusCodes.Status202Accepted, cancellationToken);
    }

    private static object View(SlaPolicy policy) => new { critical = policy.Critical, high = policy.High, medium = policy.Medium, low = policy.Low, soonDueDays = SlaPolicy.SoonDays };
}
