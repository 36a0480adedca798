using Bulwark.Server.Audit;
using Bulwark.Server.Auth;
using Bulwark.Server.Hosting;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Trackers;

/// <summary>
/// <c>GET /api/v1/deliveries?state=dead</c> (what the trackers were or were not told) and
/// <c>POST /api/v1/deliveries/{id}/retry</c> (a dead one queued again); administrators only.
/// </summary>
internal static class DeliveryEndpoints
{
    private const int MaxLimit = 1000;

    public static void Map(IEndpointRouteBuilder api)
    {
        var admin = ServerAuthentication.Api(Permission.Administer);
        api.MapGet("/deliveries", ListAsync).RequireAuthorization(admin)
            .WithSummary("Deliveries to issue trackers by state (pending, delivered, dead) and tracker, newest first")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapPost("/deliveries/{id:long}/retry", RetryAsync).RequireAuthorization(admin)
            .WithSummary("Queue a dead delivery again, due now, its attempts counted from zero")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal static object View(TrackerDelivery d) => new
    {
        id = d.Id,
        tracker = d.Tracker,
        findingId = d.FindingId,
        action = d.Action,
        state = d.State,
        attempts = d.Attempts,
        createdAt = d.CreatedAt,
        nextAttemptAt = d.State == DeliveryStates.Pending ? d.NextAttemptAt : (DateTimeOffset?)null,
        deliveredAt = d.DeliveredAt,
        lastError = d.LastError,
    };

    private static async Task<IResult> ListAsync(StoreContext store, string? state, string? tracker, int? limit, CancellationToken cancellationToken)
    {
        if (state is not null && !DeliveryStates.All.Contains(state))
        {
            return Problems.BadRequest($"state must be one of {string.Join(", ", DeliveryStates.All)}");
        }

        if (limit is < 1 or > MaxLimit)
        {
            return Problems.BadRequest($"limit must be from 1 to {MaxLimit}");
        }

        var query = store.TrackerDeliveries.AsNoTracking();
        query = state is null ? query : query.Where(d => d.State == state);
        query = tracker is null ? query : query.Where(d => d.Tracker == tracker);
        var items = await query.OrderByDescending(d => d.Id).Take(limit ?? 100).ToListAsync(cancellationToken);
        return Results.Ok(items.Select(View));
    }

    private static async Task<IResult> RetryAsync(
        HttpContext context, StoreContext store, TimeProvider clock, ServerLedger ledger, long id, CancellationToken cancellationToken)
    {
        var (result, notRecorded) = await DeliveryRetry.RunAsync(store, clock, ledger, context.User.Identity!.Name!, id, cancellationToken);
        return result switch
        {
            null => Problems.NotRecorded(notRecorded!),
            DeliveryQueue.RetryResult.NotFound => Problems.NotFound($"no delivery {id}"),
            DeliveryQueue.RetryResult.NotDead => Results.Problem(detail: $"delivery {id} is not dead: only dead deliveries are retried by hand", statusCode: StatusCodes.Status409Conflict, title: "Not dead"),
            _ => Results.Ok(View(await store.TrackerDeliveries.AsNoTracking().FirstAsync(d => d.Id == id, cancellationToken))),
        };
    }
}
