namespace Bulwark.Server.Store.Model;

/// <summary>
/// One person's decision on a change request. A person decides a request once (unique by request and person), so an
/// approval sent again, from any session or token of theirs, does not count twice.
/// </summary>
internal sealed class ChangeApproval
{
    public long Id { get; set; }

    public long RequestId { get; set; }

    public required string ApproverPerson { get; set; }

    public required string ApproverName { get; set; }

    public ChangeDecision Decision { get; set; }

    public required string Reason { get; set; }

    public DateTimeOffset At { get; set; }
}
