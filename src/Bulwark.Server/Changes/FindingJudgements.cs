using System.Security.Claims;
using System.Text.Json;
using Bulwark.Server.Auth;
using Bulwark.Server.Findings;

namespace Bulwark.Server.Changes;

/// <summary>
/// A person's state change through the findings' own endpoints and the finding page: made at once when it is triage
/// (confirm, reopen, a false positive below high), turned into a change request when it lowers security.
/// </summary>
internal sealed class FindingJudgements(FindingStateChanges changes, ChangeRequests requests)
{
    /// <summary>The direct change's outcome, and the change request when it became one.</summary>
    internal sealed record Judgement(FindingStateChanges.Outcome Outcome, ChangeResult? Requested);

    public async Task<Judgement> JudgeAsync(long id, ClaimsPrincipal user, string? state, string? reason, DateTimeOffset? until, CancellationToken cancellationToken) =>
        await RequestIfNeededAsync(await changes.ChangeAsync(id, user.Identity!.Name!, Grants.From(user), state, reason, until, cancellationToken), user, reason, until, cancellationToken);

    public async Task<Judgement> JudgeManyAsync(IEnumerable<long>? ids, ClaimsPrincipal user, string? state, string? reason, DateTimeOffset? until, CancellationToken cancellationToken) =>
        await RequestIfNeededAsync(await changes.ChangeManyAsync(ids, user.Identity!.Name!, Grants.From(user), state, reason, until, cancellationToken), user, reason, until, cancellationToken);

    private async Task<Judgement> RequestIfNeededAsync(FindingStateChanges.Outcome outcome, ClaimsPrincipal user, string? reason, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        if (outcome.Result != FindingStateChanges.Result.NeedsApproval)
        {
            return new Judgement(outcome, null);
        }

        var payload = until is { } end ? JsonSerializer.SerializeToElement(new { until = end }) : (JsonElement?)null;
        var ask = new ChangeAsk(outcome.Problem, string.Join(",", outcome.Findings.Select(f => f.Id)), reason, payload, null, null);
        return new Judgement(outcome, await requests.RequestAsync(ask, user, cancellationToken));
    }
}
