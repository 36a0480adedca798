using System.Text.Json;
using Bulwark.Server.Store.Model;

namespace Bulwark.Server.Changes;

/// <summary>A change request as the API shows it: what, why, who asked, where it stands, and each decision so far.</summary>
internal static class ChangeView
{
    public static object Of(ChangeList.Entry entry, string viewer)
    {
        var (r, decisions) = entry;
        return new
        {
            id = r.Id,
            kind = r.Kind,
            subject = r.Subject,
            product = r.Product,
            payload = JsonSerializer.Deserialize<JsonElement>(r.Payload),
            reason = r.Reason,
            requester = r.RequesterName,
            mine = r.RequesterPerson == viewer,
            requestedAt = r.RequestedAt,
            expiresAt = r.ExpiresAt,
            state = ChangeStates.Name(r.State),
            approvalsNeeded = r.ApprovalsNeeded,
            approvals = decisions.Count(d => d.Decision == ChangeDecision.Approve),
            decisions = decisions.Select(d => new { by = d.ApproverName, decision = d.Decision == ChangeDecision.Approve ? "approve" : "reject", reason = d.Reason, at = d.At }),
            decidedAt = r.DecidedAt,
            outcome = r.Outcome,
        };
    }
}
