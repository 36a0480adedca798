using System.Globalization;
using System.Security.Claims;
using Bulwark.Server.Audit;
using Bulwark.Server.Auth;
using Bulwark.Server.Findings;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Changes;

/// <summary>
/// The four-eye rule: a change that lowers security is asked for by one person with a reason, decided by others who
/// hold the approver role (never the person who asked, through whichever session or token of theirs), and applied in
/// the transaction of the approval that completes it. Every step, and every refused attempt, is a ledger record; a step
/// the ledger cannot record is not taken.
/// </summary>
internal sealed class ChangeRequests(StoreContext store, TimeProvider clock, ServerLedger ledger, FourEyeRules rules, FindingStateChanges findings)
{
    private const int LongestReason = 2000;

    private ChangeWork Work => new(store, findings, ledger, clock);

    /// <summary>Asks for a change on behalf of <paramref name="user"/>; the request, pending.</summary>
    public async Task<ChangeResult> RequestAsync(ChangeAsk ask, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (ChangeKinds.Find(ask.Kind) is not { } kind)
        {
            return ChangeResult.Refused(400, $"kind: lower-case letters, digits and dashes; the server applies {string.Join(", ", ChangeKinds.Names)}, any other kind (deploy) only records the decision");
        }

        if (Reason(ask.Reason) is { } unreasoned)
        {
            return ChangeResult.Refused(400, unreasoned);
        }

        var lifetime = rules.ExpiresAfter;
        if (ask.ExpiresIn is { Length: > 0 } asked)
        {
            if (FourEyeRules.Duration(asked) is not { } shorter || shorter > rules.ExpiresAfter)
            {
                return ChangeResult.Refused(400, $"expiresIn: a duration such as 30m, 2h or 1d, at most the server's {Describe(rules.ExpiresAfter)}");
            }

            lifetime = shorter;
        }

        var prepared = await kind.PrepareAsync(ask, Work, cancellationToken);
        if (prepared.Problem is { } problem)
        {
            return ChangeResult.Refused(prepared.Status, problem);
        }

        var grants = Grants.From(user);
        if (prepared.Product is { } product && !grants.Has(Permission.Read, product))
        {
            // Not named: a product one may not read is not there for them.
            return ChangeResult.Refused(404, "not found among the findings and products your roles let you see");
        }

        if (prepared.Product is null ? !grants.Has(Permission.Request) : !grants.Has(Permission.Request, prepared.Product))
        {
            return ChangeResult.Refused(403, $"your roles do not allow asking for a {kind.Name} change{(prepared.Product is null ? "" : " of " + prepared.Product)} (it needs the developer, security-analyst or administrator role)");
        }

        var now = clock.GetUtcNow();
        var request = new ChangeRequest
        {
            Kind = kind.Name, Subject = prepared.Subject, Product = prepared.Product, Payload = prepared.Payload, Reason = ask.Reason!.Trim(),
            RequesterPerson = Persons.Of(user), RequesterName = user.Identity!.Name!, RequestedAt = now, ExpiresAt = now + lifetime,
            State = ChangeState.Pending, ApprovalsNeeded = rules.ApprovalsFor(kind.Name),
        };
        await using var transaction = await store.Database.BeginTransactionAsync(cancellationToken);
        store.ChangeRequests.Add(request);
        await store.SaveChangesAsync(cancellationToken);
        if (await RecordAsync(request.RequesterName, "change.requested", request, request.Reason, cancellationToken) is { } refused)
        {
            return refused;
        }

        await transaction.CommitAsync(cancellationToken);
        return new ChangeResult(request, Status: StatusCodes.Status202Accepted);
    }

    /// <summary>
    /// <paramref name="user"/>'s approval or rejection of request <paramref name="id"/>. One rejection rejects; the
    /// approval that completes the count applies the change in the same transaction.
    /// </summary>
    public async Task<ChangeResult> DecideAsync(long id, ChangeDecision decision, string? reason, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var request = await store.ChangeRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var grants = Grants.From(user);
        if (request is null || (request.Product is { } readable && !grants.Has(Permission.Read, readable)))
        {
            return ChangeResult.Refused(404, $"no change request {id}");
        }

        var (name, person) = (user.Identity!.Name!, Persons.Of(user));
        if (Reason(reason) is { } unreasoned)
        {
            return ChangeResult.Refused(400, unreasoned);
        }

        (int Status, string Why)? refusal = await ExpireIfDueAsync(request, cancellationToken) is { } expired ? (expired.Status, expired.Problem!) : Refusal(request, grants, person);
        if (refusal is null && await store.ChangeApprovals.AnyAsync(a => a.RequestId == id && a.ApproverPerson == person, cancellationToken))
        {
            refusal = (409, "you have decided this request already; a decision counts once, however often it is sent");
        }

        if (refusal is { } refused)
        {
            await ledger.RecordAsync(name, "change.approval.refused", $"change/{id}", refused.Why, new { decision = Name(decision), person, state = ChangeStates.Name(request.State) }, cancellationToken);
            return ChangeResult.Refused(refused.Status, refused.Why);
        }

        try
        {
            return await DecideInTransactionAsync(request, decision, reason!.Trim(), name, person, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another decision on the same request was committed in the meantime (the revision moved, or this person's
            // other session got there first): this one changes nothing.
            store.ChangeTracker.Clear();
            return ChangeResult.Refused(409, $"another decision on change request {id} was made at the same moment; look at it again");
        }
    }

    /// <summary>Withdraws request <paramref name="id"/>: only the person who asked may, while it is pending.</summary>
    public async Task<ChangeResult> CancelAsync(long id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var request = await store.ChangeRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null || (request.Product is { } readable && !Grants.From(user).Has(Permission.Read, readable)))
        {
            return ChangeResult.Refused(404, $"no change request {id}");
        }

        var name = user.Identity!.Name!;
        if (Persons.Of(user) != request.RequesterPerson)
        {
            const string why = "only the person who asked for a change may cancel it";
            await ledger.RecordAsync(name, "change.cancel.refused", $"change/{id}", why, new { person = Persons.Of(user) }, cancellationToken);
            return ChangeResult.Refused(403, why);
        }

        if (await ExpireIfDueAsync(request, cancellationToken) is { } expired)
        {
            return expired;
        }

        if (request.State != ChangeState.Pending)
        {
            return ChangeResult.Refused(409, $"change request {id} is {ChangeStates.Name(request.State)}: only a pending request can be cancelled");
        }

        await using var transaction = await store.Database.BeginTransactionAsync(cancellationToken);
        Close(request, ChangeState.Cancelled, "cancelled by the person who asked");
        await store.SaveChangesAsync(cancellationToken);
        if (await RecordAsync(name, "change.cancelled", request, "cancelled by the person who asked", cancellationToken) is { } refused)
        {
            return refused;
        }

        await transaction.CommitAsync(cancellationToken);
        return new ChangeResult(request);
    }

    /// <summary>Marks every pending request past its end expired, each with its ledger record; lists and pages call it before they read.</summary>
    public async Task ExpireDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var request in await store.ChangeRequests.Where(r => r.State == ChangeState.Pending && r.ExpiresAt <= now).ToListAsync(cancellationToken))
        {
            await ExpireIfDueAsync(request, cancellationToken);
        }
    }

    private async Task<ChangeResult> DecideInTransactionAsync(ChangeRequest request, ChangeDecision decision, string reason, string name, string person, CancellationToken cancellationToken)
    {
        await using var transaction = await store.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        store.ChangeApprovals.Add(new ChangeApproval { RequestId = request.Id, ApproverPerson = person, ApproverName = name, Decision = decision, Reason = reason, At = now });
        request.Revision++;
        await store.SaveChangesAsync(cancellationToken);
        if (await RecordAsync(name, decision == ChangeDecision.Approve ? "change.approved" : "change.rejected", request, reason, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (decision == ChangeDecision.Reject)
        {
            Close(request, ChangeState.Rejected, $"rejected by {name}: {reason}");
        }
        else if (await ApproversAsync(request.Id, cancellationToken) is { } approvers && approvers.Count >= request.ApprovalsNeeded)
        {
            var kind = ChangeKinds.Find(request.Kind)!;
            var actor = $"{request.RequesterName}, approved by {string.Join(", ", approvers)}";
            var applied = await kind.ApplyAsync(request, actor, Work, cancellationToken);
            if (applied.Problem is { } cannot)
            {
                await transaction.RollbackAsync(cancellationToken);
                store.ChangeTracker.Clear();
                if (applied.NotRecorded)
                {
                    return ChangeResult.Refused(503, Hosting.Problems.NotRecordedDetail(cannot));
                }

                await ledger.RecordAsync(name, "change.approval.refused", $"change/{request.Id}", $"cannot be applied: {cannot}", new { decision = "approve", person }, cancellationToken);
                return ChangeResult.Refused(409, $"change request {request.Id} cannot be applied: {cannot}");
            }

            Close(request, kind.AppliesOnServer ? ChangeState.Applied : ChangeState.Approved, applied.Outcome);
            if (kind.AppliesOnServer && await RecordAsync(actor, "change.applied", request, applied.Outcome!, cancellationToken) is { } notApplied)
            {
                return notApplied;
            }
        }

        await store.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ChangeResult(request);
    }

    // Why this person may not decide this request now, or null when they may.
    private static (int Status, string Why)? Refusal(ChangeRequest request, Grants grants, string person)
    {
        if (request.State != ChangeState.Pending)
        {
            return (409, $"change request {request.Id} is {ChangeStates.Name(request.State)}: only a pending request can be decided");
        }

        if (request.Product is null ? !grants.Has(Permission.Approve) : !grants.Has(Permission.Approve, request.Product))
        {
            return (403, $"deciding change requests{(request.Product is null ? "" : " of " + request.Product)} needs the approver role{(request.Product is null ? "" : " on that product")}");
        }

        return person == request.RequesterPerson
            ? (403, "you asked for this change: someone else must decide it (your other sessions, and the tokens you made, are you too)")
            : null;
    }

    private async Task<List<string>> ApproversAsync(long id, CancellationToken cancellationToken) =>
        await store.ChangeApprovals.Where(a => a.RequestId == id && a.Decision == ChangeDecision.Approve).OrderBy(a => a.At).ThenBy(a => a.Id)
            .Select(a => a.ApproverName).ToListAsync(cancellationToken);

    // Expiry is checked against the clock whenever a request is touched; the first to find it past its end records it.
    private async Task<ChangeResult?> ExpireIfDueAsync(ChangeRequest request, CancellationToken cancellationToken)
    {
        if (request.State != ChangeState.Pending || request.ExpiresAt > clock.GetUtcNow())
        {
            return null;
        }

        const string why = "not decided before it expired";
        if (await ledger.RecordAsync("bulwark-server", "change.expired", $"change/{request.Id}", why, Summary(request), cancellationToken) is { } refused)
        {
            return ChangeResult.Refused(503, Hosting.Problems.NotRecordedDetail(refused));
        }

        Close(request, ChangeState.Expired, why);
        request.Revision++;
        try
        {
            await store.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            store.ChangeTracker.Clear();
        }

        return ChangeResult.Refused(409, string.Create(CultureInfo.InvariantCulture, $"change request {request.Id} expired at {request.ExpiresAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC without its approvals; ask again"));
    }

    private void Close(ChangeRequest request, ChangeState state, string? outcome)
    {
        (request.State, request.DecidedAt, request.Outcome) = (state, clock.GetUtcNow(), outcome);
    }

    // Records a step inside its transaction; when the ledger refuses, the transaction is rolled back and the step not taken.
    private async Task<ChangeResult?> RecordAsync(string actor, string action, ChangeRequest request, string reason, CancellationToken cancellationToken)
    {
        if (await ledger.RecordAsync(actor, action, $"change/{request.Id}", reason, Summary(request), cancellationToken) is not { } refused)
        {
            return null;
        }

        await store.Database.RollbackTransactionAsync(cancellationToken);
        store.ChangeTracker.Clear();
        return ChangeResult.Refused(503, Hosting.Problems.NotRecordedDetail(refused));
    }

    private static object Summary(ChangeRequest request) => new
    {
        kind = request.Kind, subject = request.Subject, product = request.Product, requester = request.RequesterName, requesterPerson = request.RequesterPerson,
        state = ChangeStates.Name(request.State), approvalsNeeded = request.ApprovalsNeeded, expiresAt = request.ExpiresAt, payload = System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement>(request.Payload),
    };

    private static string? Reason(string? reason) => string.IsNullOrWhiteSpace(reason)
        ? "say why: a reason is required"
        : reason.Length > LongestReason ? $"reason: at most {LongestReason} characters" : null;

    private static string Name(ChangeDecision decision) => decision == ChangeDecision.Approve ? "approve" : "reject";

    private static string Describe(TimeSpan span) => span.TotalDays >= 1 && span.TotalDays == Math.Floor(span.TotalDays) ? $"{span.TotalDays:0}d" : $"{span.TotalHours:0.##}h";
}
