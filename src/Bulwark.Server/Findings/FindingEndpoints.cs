using Bulwark.Server.Audit;
using Bulwark.Server.Auth;
using Bulwark.Server.Health;
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
/// <c>POST /api/v1/findings/{id}/state</c> (a person's judgement, with a reason).
/// </summary>
internal static class FindingEndpoints
{
    private static readonly string[] Sorts = ["severity", "first-seen", "last-seen"];

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/findings", ListAsync).RequireAuthorization(TokenScopes.Read)
            .WithSummary("Findings filtered by product, state, severity (and above), scanner, rule and SLA status; sorted and paged")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/findings/{id:long}", GetAsync).RequireAuthorization(TokenScopes.Read).WithSummary("One finding and its history");
        api.MapPost("/findings/{id:long}/state", ChangeStateAsync).RequireAuthorization(TokenScopes.Admin)
            .WithSummary("Set a finding's state (confirmed, false-positive, risk-accepted with until, open) with a reason")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapPost("/findings/state", ChangeStatesAsync).RequireAuthorization(TokenScopes.Admin)
            .WithSummary("Set the state of many findings at once, with one reason; all or none")
            .ProducesProblem(StatusCodes.Status400BadRequest);
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
        StoreContext store, TimeProvider clock, string? product, string? state, string? severity, string? scanner, string? rule, string? sla, string? sort, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (sla is not null && !SlaStatus.Names.Contains(sla))
        {
            return Problems.BadRequest($"sla must be one of {string.Join(", ", SlaStatus.Names)}");
        }

        long? productId = null;
        if (product is not null)
        {
            productId = await store.Products.Where(p => p.Name == product).Select(p => (long?)p.Id).FirstOrDefaultAsync(cancellationToken);
            if (productId is null)
            {
                return Problems.NotFound($"no product named {product}");
            }
        }

        var parsedState = FindingStates.Parse(state);
        if (state is not null && parsedState is null)
        {
            return Problems.BadRequest($"state must be one of {FindingStates.Known}");
        }

        int? minSeverity = null;
        if (severity is not null)
        {
            if (!SeverityNames.TryParse(severity, out var least))
            {
                return Problems.BadRequest($"severity must be one of {string.Join(", ", SeverityNames.All)} (findings at it or above are listed)");
            }

            minSeverity = (int)least;
        }

        if (sort is not null && !Sorts.Contains(sort))
        {
            return Problems.BadRequest($"sort must be one of {string.Join(", ", Sorts)}");
        }

        var size = pageSize ?? 50;
        if (size is < 1 or > FindingQuery.MaxPageSize || page is < 1)
        {
            return Problems.BadRequest($"page starts at 1 and pageSize is 1 to {FindingQuery.MaxPageSize}");
        }

        var query = new FindingQuery(productId, parsedState, minSeverity, scanner, rule, sort ?? "severity", page ?? 1, size);
        var policy = await SlaStore.GetAsync(store, cancellationToken);
        var now = clock.GetUtcNow();
        var findings = store.Findings.AsNoTracking();
        var filtered = query.Apply(sla is null ? findings : SlaStatus.Filter(findings, sla, policy, now));
        var total = await filtered.CountAsync(cancellationToken);
        // The page without the evidence column (null in the list; the finding itself has it), which can be long.
        var items = await filtered.Skip((query.Page - 1) * size).Take(size).Select(f => new Finding
        {
            Id = f.Id, ProductId = f.ProductId, Fingerprint = f.Fingerprint, Scanner = f.Scanner, RuleId = f.RuleId, Severity = f.Severity,
            Title = f.Title, Message = f.Message, Path = f.Path, Line = f.Line, State = f.State, FirstScanId = f.FirstScanId,
            LastScanId = f.LastScanId, FirstSeen = f.FirstSeen, LastSeen = f.LastSeen, FixedAt = f.FixedAt, AcceptedUntil = f.AcceptedUntil,
        }).ToListAsync(cancellationToken);
        return Results.Ok(new { total, page = query.Page, pageSize = size, items = items.Select(f => View(f, policy, now)) });
    }

    private static async Task<IResult> GetAsync(StoreContext store, TimeProvider clock, long id, CancellationToken cancellationToken)
    {
        var finding = await store.Findings.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (finding is null)
        {
            return Problems.NotFound($"no finding {id}");
        }

        var history = await store.FindingChanges.AsNoTracking().Where(c => c.FindingId == id).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        // The first sighting is the finding's own record, not a history row (imports write no row per new finding).
        var first = new { at = finding.FirstSeen, actor = $"scan #{finding.FirstScanId}", from = (string?)null, to = FindingStates.Name(FindingState.Open), reason = "first seen" };
        return Results.Ok(new
        {
            finding = View(finding, await SlaStore.GetAsync(store, cancellationToken), clock.GetUtcNow()),
            history = history.Select(c => new { at = c.At, actor = c.Actor, from = c.From is { } f ? FindingStates.Name(f) : null, to = FindingStates.Name(c.To), reason = c.Reason }).Prepend(first),
        });
    }

    internal sealed record StateChange(string? State, string? Reason, DateTimeOffset? Until);

    internal sealed record StateChanges(long[]? Ids, string? State, string? Reason, DateTimeOffset? Until);

    private const int MaxBulk = 10_000;

    /// <summary>The checks every state change passes, alone or in bulk; the refusal, or null.</summary>
    private static IResult? Refusal(FindingState? to, string? reason, DateTimeOffset? until, DateTimeOffset now)
    {
        if (to is null || !FindingStates.Settable.Contains(to.Value))
        {
            return Problems.BadRequest($"state must be one of {string.Join(", ", FindingStates.Settable.Select(FindingStates.Name))} (fixed and reopened are set by scans)");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Problems.BadRequest("say why: a reason is required for every state change");
        }

        return to == FindingState.RiskAccepted && (until is not { } date || date <= now)
            ? Problems.BadRequest("a risk is accepted until a date: give until, in the future")
            : null;
    }

    // Several findings moved with one reason: one history row each, one ledger record for all, all or none.
    private static async Task<IResult> ChangeStatesAsync(HttpContext context, StoreContext store, TimeProvider clock, ServerLedger ledger, ServerMetrics metrics, StateChanges change, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var to = FindingStates.Parse(change.State);
        if (Refusal(to, change.Reason, change.Until, now) is { } refusal)
        {
            return refusal;
        }

        var ids = (change.Ids ?? []).Distinct().ToList();
        if (ids.Count is 0 or > MaxBulk)
        {
            return Problems.BadRequest($"give the ids of 1 to {MaxBulk} findings");
        }

        var findings = await store.Findings.Where(f => ids.Contains(f.Id)).ToListAsync(cancellationToken);
        if (findings.Count != ids.Count)
        {
            return Problems.NotFound($"no finding {string.Join(", ", ids.Except(findings.Select(f => f.Id)).Take(10))}");
        }

        var actor = context.User.Identity!.Name!;
        var reason = change.Reason!.Trim();
        if (await ledger.RecordAsync(actor, "finding.state.changed", $"findings ({findings.Count})", reason,
            new { ids, to = FindingStates.Name(to!.Value), until = change.Until }, cancellationToken) is { } refused)
        {
            return Problems.NotRecorded(refused);
        }

        foreach (var finding in findings)
        {
            store.FindingChanges.Add(new FindingChange { FindingId = finding.Id, At = now, Actor = actor, From = finding.State, To = to.Value, Reason = reason });
            finding.State = to.Value;
            finding.AcceptedUntil = to == FindingState.RiskAccepted ? change.Until : null;
        }

        await store.SaveChangesAsync(cancellationToken);
        metrics.Changed(findings.Count);
        return Results.Ok(new { changed = findings.Count, state = FindingStates.Name(to.Value) });
    }

    private static async Task<IResult> ChangeStateAsync(HttpContext context, StoreContext store, TimeProvider clock, ServerLedger ledger, ServerMetrics metrics, long id, StateChange change, CancellationToken cancellationToken)
    {
        var to = FindingStates.Parse(change.State);
        var now = clock.GetUtcNow();
        if (Refusal(to, change.Reason, change.Until, now) is { } refusal)
        {
            return refusal;
        }

        var finding = await store.Findings.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (finding is null)
        {
            return Problems.NotFound($"no finding {id}");
        }

        var actor = context.User.Identity!.Name!;
        var reason = change.Reason!.Trim();
        var product = await store.Products.AsNoTracking().Where(p => p.Id == finding.ProductId).Select(p => p.Name).FirstAsync(cancellationToken);
        var refused = await ledger.RecordAsync(actor, "finding.state.changed", $"{product}/finding/{id}", reason,
            new { fingerprint = finding.Fingerprint, ruleId = finding.RuleId, from = FindingStates.Name(finding.State), to = FindingStates.Name(to!.Value), until = change.Until }, cancellationToken);
        if (refused is not null)
        {
            return Problems.NotRecorded(refused);
        }

        store.FindingChanges.Add(new FindingChange { FindingId = id, At = now, Actor = actor, From = finding.State, To = to.Value, Reason = reason });
        finding.State = to.Value;
        finding.AcceptedUntil = to == FindingState.RiskAccepted ? change.Until : null;
        await store.SaveChangesAsync(cancellationToken);
        metrics.Changed(1);
        return Results.Ok(View(finding, await SlaStore.GetAsync(store, cancellationToken), now));
    }
}
