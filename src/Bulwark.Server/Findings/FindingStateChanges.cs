using Bulwark.Server.Auth;
using Bulwark.Server.Audit;
using Bulwark.Server.Health;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Findings;

/// <summary>
/// A person's judgement of findings: the new state, the reason, a risk acceptance's end. The one way a state changes on
/// a person's word, whether it comes through the API or the web UI: checked, recorded in the ledger first (a change the
/// ledger refuses is not made), then written with a history row per finding, all or none. Changes that lower security
/// (a risk acceptance; a false positive on a high or critical finding) are not made here on one person's word: they
/// answer <see cref="Result.NeedsApproval"/>, and are made by <see cref="ApplyApprovedAsync"/> once a change request
/// has its approvals (Changes/).
/// </summary>
internal sealed class FindingStateChanges(StoreContext store, TimeProvider clock, ServerLedger ledger, ServerMetrics metrics)
{
    public const int MaxBulk = 10_000;

    /// <summary>What became of a change: done (with the findings as they are now), or why not.</summary>
    internal sealed record Outcome(Result Result, string? Problem, IReadOnlyList<Finding> Findings);

    internal enum Result
    {
        Changed,
        Invalid,
        NotFound,
        NotRecorded,
        Forbidden,

        /// <summary>The change lowers security: it needs a change request (the problem names its kind).</summary>
        NeedsApproval,
    }

    /// <summary>The kind of change request a move to <paramref name="to"/> of a finding of <paramref name="severity"/> needs, or null when none.</summary>
    public static string? ApprovalKind(FindingState to, int severity) => to switch
    {
        FindingState.RiskAccepted => "risk-acceptance",
        FindingState.FalsePositive when severity >= (int)Bulwark.Sdk.Severity.High => "false-positive",
        _ => null,
    };

    /// <summary>Moves one finding to <paramref name="state"/> for <paramref name="reason"/> (and until <paramref name="until"/>, for a risk acceptance).</summary>
    /// <remarks>The asker (<paramref name="grants"/>) needs triage on the finding's product; one they may not read is not found.</remarks>
    public async Task<Outcome> ChangeAsync(long id, string actor, Grants grants, string? state, string? reason, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        var to = FindingStates.Parse(state);
        if (Refusal(to, reason, until) is { } refusal)
        {
            return refusal;
        }

        var finding = await store.Findings.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (finding is null)
        {
            return new Outcome(Result.NotFound, $"no finding {id}", []);
        }

        var product = await store.Products.AsNoTracking().Where(p => p.Id == finding.ProductId).Select(p => p.Name).FirstAsync(cancellationToken);
        if (ApprovalKind(to!.Value, finding.Severity) is { } kind)
        {
            return Unpermitted(grants, [product], $"no finding {id}", judging: false) ?? new Outcome(Result.NeedsApproval, kind, [finding]);
        }

        if (Unpermitted(grants, [product], $"no finding {id}", judging: true) is { } unpermitted)
        {
            return unpermitted;
        }

        var payload = new { fingerprint = finding.Fingerprint, ruleId = finding.RuleId, from = FindingStates.Name(finding.State), to = FindingStates.Name(to!.Value), until };
        return await ApplyAsync([finding], actor, to.Value, reason!.Trim(), until, $"{product}/finding/{id}", payload, cancellationToken);
    }

    /// <summary>Moves several findings with one reason: one history row each, one ledger record for all, all or none.</summary>
    public async Task<Outcome> ChangeManyAsync(IEnumerable<long>? ids, string actor, Grants grants, string? state, string? reason, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        var to = FindingStates.Parse(state);
        if (Refusal(to, reason, until) is { } refusal)
        {
            return refusal;
        }

        var distinct = (ids ?? []).Distinct().ToList();
        if (distinct.Count is 0 or > MaxBulk)
        {
            return new Outcome(Result.Invalid, $"give the ids of 1 to {MaxBulk} findings", []);
        }

        var findings = await store.Findings.Where(f => distinct.Contains(f.Id)).ToListAsync(cancellationToken);
        if (findings.Count != distinct.Count)
        {
            return new Outcome(Result.NotFound, $"no finding {string.Join(", ", distinct.Except(findings.Select(f => f.Id)).Take(10))}", []);
        }

        var productIds = findings.Select(f => f.ProductId).Distinct().ToList();
        var products = await store.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).Select(p => p.Name).ToListAsync(cancellationToken);
        // One lowering change among them makes the whole batch wait for approval: all or none still holds.
        if (findings.Select(f => ApprovalKind(to!.Value, f.Severity)).FirstOrDefault(k => k is not null) is { } kind)
        {
            return Unpermitted(grants, products, "some of these findings do not exist", judging: false) ?? new Outcome(Result.NeedsApproval, kind, findings);
        }

        if (Unpermitted(grants, products, "some of these findings do not exist", judging: true) is { } unpermitted)
        {
            return unpermitted;
        }

        var payload = new { ids = distinct, to = FindingStates.Name(to!.Value), until };
        return await ApplyAsync(findings, actor, to.Value, reason!.Trim(), until, $"findings ({findings.Count})", payload, cancellationToken);
    }

    /// <summary>
    /// Makes the change an approved change request asked for: the checks were made when it was asked and decided, so
    /// only what may have changed since is checked again (the findings are still there, the acceptance's end is ahead).
    /// </summary>
    public async Task<Outcome> ApplyApprovedAsync(
        IReadOnlyList<long> ids, string actor, FindingState to, string reason, DateTimeOffset? until, string subject, object payload, CancellationToken cancellationToken)
    {
        if (to == FindingState.RiskAccepted && (until is not { } date || date <= clock.GetUtcNow()))
        {
            return Invalid("the acceptance's end date has passed since it was asked for; ask again with a later one");
        }

        var findings = await store.Findings.Where(f => ids.Contains(f.Id)).ToListAsync(cancellationToken);
        return findings.Count != ids.Count
            ? new Outcome(Result.NotFound, $"no finding {string.Join(", ", ids.Except(findings.Select(f => f.Id)).Take(10))}", [])
            : await ApplyAsync(findings, actor, to, reason, until, subject, payload, cancellationToken);
    }

    private async Task<Outcome> ApplyAsync(
        List<Finding> findings, string actor, FindingState to, string reason, DateTimeOffset? until, string subject, object payload, CancellationToken cancellationToken)
    {
        if (await ledger.RecordAsync(actor, "finding.state.changed", subject, reason, payload, cancellationToken) is { } refused)
        {
            return new Outcome(Result.NotRecorded, refused, []);
        }

        var now = clock.GetUtcNow();
        foreach (var finding in findings)
        {
            store.FindingChanges.Add(new FindingChange { FindingId = finding.Id, At = now, Actor = actor, From = finding.State, To = to, Reason = reason });
            finding.State = to;
            finding.AcceptedUntil = to == FindingState.RiskAccepted ? until : null;
        }

        await store.SaveChangesAsync(cancellationToken);
        metrics.Changed(findings.Count);
        return new Outcome(Result.Changed, null, findings);
    }

    // The checks every change passes, alone or in bulk.
    private Outcome? Refusal(FindingState? to, string? reason, DateTimeOffset? until)
    {
        if (to is null || !FindingStates.Settable.Contains(to.Value))
        {
            return Invalid($"state must be one of {string.Join(", ", FindingStates.Settable.Select(FindingStates.Name))} (fixed and reopened are set by scans)");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Invalid("say why: a reason is required for every state change");
        }

        return to == FindingState.RiskAccepted && (until is not { } date || date <= clock.GetUtcNow())
            ? Invalid("a risk is accepted until a date: give until, in the future")
            : null;
    }

    // Findings of a product the asker may not read are not there for them; ones they may read but not judge are
    // forbidden. Whether they may ask for a change that needs approval is the change request's to say.
    private static Outcome? Unpermitted(Grants grants, IEnumerable<string> products, string notFound, bool judging)
    {
        foreach (var product in products)
        {
            if (!grants.Has(Permission.Read, product))
            {
                return new Outcome(Result.NotFound, notFound, []);
            }

            if (judging && !grants.Has(Permission.Triage, product))
            {
                return new Outcome(Result.Forbidden, $"your roles do not allow changing the findings of {product}", []);
            }
        }

        return null;
    }

    private static Outcome Invalid(string problem) => new(Result.Invalid, problem, []);
}
