using Bulwark.Server.Changes;
using Bulwark.Server.Products;
using Bulwark.Server.Auth;
using Bulwark.Server.Hosting;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Severity = Bulwark.Sdk.Severity;
using SeverityNames = Bulwark.Sdk.SeverityNames;

namespace Bulwark.Server.Findings;

/// <summary>
/// <c>GET /api/v1/findings</c> (filter, sort, page), <c>GET /api/v1/findings/{id}</c> (with its history) and
/// <c>POST /api/v1/findings/{id}/state</c> (a person's judgement, with a reason; a change request when it lowers security).
/// </summary>
internal static class FindingEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/findings", ListAsync).RequireAuthorization(ServerAuthentication.Api(Permission.Read))
            .WithSummary("Findings filtered by product, state, severity (and above), scanner, rule and SLA status; sorted and paged")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/findings/{id:long}", GetAsync).RequireAuthorization(ServerAuthentication.Api(Permission.Read)).WithSummary("One finding and its history");
        // Triage (confirm, reopen) or a change request (risk acceptance, a false positive on a high finding): which
        // one, and so which permission, depends on the finding, so it is checked inside.
        api.MapPost("/findings/{id:long}/state", ChangeStateAsync).RequireAuthorization(ServerAuthentication.Api(Permission.Read))
            .WithSummary("Set a finding's state (confirmed, open, false-positive below high) with a reason; risk-accepted (with until) and false-positive on a high or critical finding answer 202 with the change request that waits for approval")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPost("/findings/state", ChangeStatesAsync).RequireAuthorization(ServerAuthentication.Api(Permission.Read))
            .WithSummary("Set the state of many findings at once, with one reason; all or none (one change request for all when any needs approval)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
    }

    /// <summary>A finding as the API shows it, with its due date and SLA status under <paramref name="policy"/>.</summary>
    internal static object View(Finding f, SlaPolicy policy, DateTimeOffset now) => new
    {
        id = f.Id,
        productId = f.ProductId,
        fingerprint = f.Fingerprint,
        scanner = f.Scanner,
        ruleId = f.RuleId,
        severity = SeverityNames.Name((Severity)f.Severity),
        title = f.Title,
        message = f.Message,
        path = f.Path,
        line = f.Line,
        evidence = f.Evidence,
        state = FindingStates.Name(f.State),
        firstScanId = f.FirstScanId,
        lastScanId = f.LastScanId,
        firstSeen = f.FirstSeen,
        lastSeen = f.LastSeen,
        fixedAt = f.FixedAt,
        acceptedUntil = f.AcceptedUntil,
        dueAt = SlaStatus.Running.Contains(f.State) ? SlaStatus.Due(f, policy) : null,
        sla = SlaStatus.Of(f, policy, now),
    };

    private static async Task<IResult> ListAsync(
        HttpContext context, StoreContext store, TimeProvider clock, string? product, string? state, string? severity, string? scanner, string? rule, string? sla, string? sort, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var readable = await ProductAccess.IdsAsync(store, Grants.From(context.User), Permission.Read, cancellationToken);
        var resolved = await new FindingFilter(product, state, severity, scanner, rule, sla, sort, page, pageSize).ResolveAsync(store, readable, cancellationToken);
        if (resolved.Query is not { } query)
        {
            return resolved.UnknownProduct ? Problems.NotFound(resolved.Problem!) : Problems.BadRequest(resolved.Problem!);
        }

        var policy = await SlaStore.GetAsync(store, cancellationToken);
        var now = clock.GetUtcNow();
        var (total, items) = await FindingList.ReadAsync(store, query, policy, now, cancellationToken);
        return Results.Ok(new { total, page = query.Page, pageSize = query.PageSize, items = items.Select(f => View(f, policy, now)) });
    }

    private static async Task<IResult> GetAsync(HttpContext context, StoreContext store, TimeProvider clock, long id, CancellationToken cancellationToken)
    {
        var readable = await ProductAccess.IdsAsync(store, Grants.From(context.User), Permission.Read, cancellationToken);
        if (await FindingDetail.ReadAsync(store, id, readable, cancellationToken) is not { } detail)
        {
            return Problems.NotFound($"no finding {id}");
        }

        return Results.Ok(new { finding = View(detail.Finding, await SlaStore.GetAsync(store, cancellationToken), clock.GetUtcNow()), history = detail.History });
    }

    internal sealed record StateChange(string? State, string? Reason, DateTimeOffset? Until);

    internal sealed record StateChanges(long[]? Ids, string? State, string? Reason, DateTimeOffset? Until);

    private static async Task<IResult> ChangeStatesAsync(HttpContext context, FindingJudgements judgements, StoreContext store, StateChanges change, CancellationToken cancellationToken)
    {
        var (outcome, requested) = await judgements.JudgeManyAsync(change.Ids, context.User, change.State, change.Reason, change.Until, cancellationToken);
        if (requested is not null)
        {
            return await ChangeEndpoints.AnswerAsync(requested, store, context.User, StatusCodes.Status202Accepted, cancellationToken);
        }

        return Refused(outcome) ?? Results.Ok(new { changed = outcome.Findings.Count, state = FindingStates.Name(outcome.Findings[0].State) });
    }

    private static async Task<IResult> ChangeStateAsync(
        HttpContext context, FindingJudgements judgements, StoreContext store, TimeProvider clock, long id, StateChange change, CancellationToken cancellationToken)
    {
        var (outcome, requested) = await judgements.JudgeAsync(id, context.User, change.State, change.Reason, change.Until, cancellationToken);
        if (requested is not null)
        {
            return await ChangeEndpoints.AnswerAsync(requested, store, context.User, StatusCodes.Status202Accepted, cancellationToken);
        }

        return Refused(outcome) ?? Results.Ok(View(outcome.Findings[0], await SlaStore.GetAsync(store, cancellationToken), clock.GetUtcNow()));
    }

    private static IResult? Refused(FindingStateChanges.Outcome outcome) => outcome.Result switch
    {
        FindingStateChanges.Result.Invalid => Problems.BadRequest(outcome.Problem!),
        FindingStateChanges.Result.NotFound => Problems.NotFound(outcome.Problem!),
        FindingStateChanges.Result.NotRecorded => Problems.NotRecorded(outcome.Problem!),
        FindingStateChanges.Result.Forbidden => Problems.Forbidden(outcome.Problem!),
        _ => null,
    };
}
