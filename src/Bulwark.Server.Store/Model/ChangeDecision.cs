namespace Bulwark.Server.Store.Model;

/// <summary>One approver's answer to a change request.</summary>
internal enum ChangeDecision
{
    Approve,
    Reject,
}
