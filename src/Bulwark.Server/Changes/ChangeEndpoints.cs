using System.Security.Claims;
using System.Text.Json;
using Bulwark.Server.Auth;
using Bulwark.Server.Hosting;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bulwark.Server.Changes;

/// <summary>
/// <c>/api/v1/changes</c>: ask for a change, list and read requests, approve, reject, cancel. Deciding is checked
/// inside rather than by the endpoint's policy, so that a refused attempt (a viewer's, the requester's own) is
/// recorded in the ledger too.
/// </summary>
internal static class ChangeEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var read = ServerAuthentication.Api(Permission.Read);
        api.MapPost("/changes", RequestAsync).RequireAuthorization(ServerAuthentication.Api(Permission.Request))
            .WithSummary("Ask for a change that needs a second person's approval (risk-acceptance, false-positive, sla, suppression, or a pipeline's kind such as deploy)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/changes", ListAsync).RequireAuthorization(read).WithSummary("Change requests, newest first, by state, kind, or only mine").ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/changes/{id:long}", GetAsync).RequireAuthorization(read).WithSummary("One change request: its state, approvals so far and needed, and every decision")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/changes/{id:long}/approve", (HttpContext c, ChangeRequests r, StoreContext s, long id, Decision d, CancellationToken t) => DecideAsync(c, r, s, id, ChangeDecision.Approve, d, t))
            .RequireAuthorization(read).WithSummary("Approve a change someone else asked for, with a reason (the approver role; never the requester)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/changes/{id:long}/reject", (HttpContext c, ChangeRequests r, StoreContext s, long id, Decision d, CancellationToken t) => DecideAsync(c, r, s, id, ChangeDecision.Reject, d, t))
            .RequireAuthorization(read).WithSummary("Reject a change someone else asked for, with a reason; one rejection rejects it")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/changes/{id:long}/cancel", CancelAsync).RequireAuthorization(read).WithSummary("Withdraw a pending change request you asked for")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal sealed record Ask(string? Kind, string? Subject, string? Reason, JsonElement? Payload, string? ExpiresIn, string? Product, DateTimeOffset? Until);

    internal sealed record Decision(string? Reason);

    /// <summary>A result as the API answers it: the request's view with <paramref name="status"/>, or the problem.</summary>
    internal static async Task<IResult> AnswerAsync(ChangeResult result, StoreContext store, ClaimsPrincipal user, int status, CancellationToken cancellationToken)
    {
        if (!result.Succeeded)
        {
            return Results.Problem(detail: result.Problem, statusCode: result.Status, title: result.Status switch
            {
                StatusCodes.Status403Forbidden => "Not allowed",
                StatusCodes.Status404NotFound => "Not found",
                StatusCodes.Status409Conflict => "Not pending",
                StatusCodes.Status503ServiceUnavailable => "Not recorded",
                _ => "The request is not valid",
            });
        }

        var entry = await ChangeList.FindAsync(store, Grants.From(user), result.Request!.Id, cancellationToken);
        var view = ChangeView.Of(entry!, Persons.Of(user));
        return status == StatusCodes.Status202Accepted ? Results.Accepted($"/api/v1/changes/{entry!.Request.Id}", view) : Results.Ok(view);
    }

    private static async Task<IResult> RequestAsync(HttpContext context, ChangeRequests requests, StoreContext store, Ask ask, CancellationToken cancellationToken)
    {
        // A risk acceptance's end may come as until beside the payload, as the findings' state endpoint takes it.
        var payload = ask.Payload ?? (ask.Until is { } until ? JsonSerializer.SerializeToElement(new { until }) : null);
        var result = await requests.RequestAsync(new ChangeAsk(ask.Kind, ask.Subject, ask.Reason, payload, ask.ExpiresIn, ask.Product), context.User, cancellationToken);
        return await AnswerAsync(result, store, context.User, StatusCodes.Status202Accepted, cancellationToken);
    }

    private static async Task<IResult> ListAsync(HttpContext context, ChangeRequests requests, StoreContext store, string? state, string? kind, bool? mine, CancellationToken cancellationToken)
    {
        var wanted = ChangeStates.Parse(state);
        if (state is { Length: > 0 } && wanted is null)
        {
            return Problems.BadRequest($"state must be one of {string.Join(", ", Enum.GetValues<ChangeState>().Select(ChangeStates.Name))}");
        }

        await requests.ExpireDueAsync(cancellationToken);
        var person = Persons.Of(context.User);
        var entries = await ChangeList.ReadAsync(store, Grants.From(context.User), wanted, string.IsNullOrEmpty(kind) ? null : kind, mine == true ? person : null, cancellationToken);
        return Results.Ok(entries.Select(e => ChangeView.Of(e, person)));
    }

    private static async Task<IResult> GetAsync(HttpContext context, ChangeRequests requests, StoreContext store, long id, CancellationToken cancellationToken)
    {
        await requests.ExpireDueAsync(cancellationToken);
        return await ChangeList.FindAsync(store, Grants.From(context.User), id, cancellationToken) is { } entry
            ? Results.Ok(ChangeView.Of(entry, Persons.Of(context.User)))
            : Problems.NotFound($"no change request {id}");
    }

    private static async Task<IResult> DecideAsync(HttpContext context, ChangeRequests requests, StoreContext store, long id, ChangeDecision decision, Decision body, CancellationToken cancellationToken) =>
        await AnswerAsync(await requests.DecideAsync(id, decision, body.Reason, context.User, cancellationToken), store, context.User, StatusCodes.Status200OK, cancellationToken);

    private static async Task<IResult> CancelAsync(HttpContext context, ChangeRequests requests, StoreContext store, long id, CancellationToken cancellationToken) =>
        await AnswerAsync(await requests.CancelAsync(id, context.User, cancellationToken), store, context.User, StatusCodes.Status200OK, cancellationToken);
}
