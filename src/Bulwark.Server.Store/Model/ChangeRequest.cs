namespace Bulwark.Server.Store.Model;

/// <summary>
/// A change that lowers security (a risk acceptance, a false positive on a high finding, the SLA, a suppression) or a
/// pipeline step, asked for by one person with a reason and waiting for others to approve it: the four-eye rule.
/// </summary>
internal sealed class ChangeRequest
{
    public long Id { get; set; }

    /// <summary><c>risk-acceptance</c>, <c>false-positive</c>, <c>sla</c>, <c>suppression</c>, or a pipeline's own (<c>deploy</c>).</summary>
    public required string Kind { get; set; }

    /// <summary>What the change is about, as people read it: <c>finding 12</c>, <c>sla</c>, <c>service@1.4.2</c>.</summary>
    public required string Subject { get; set; }

    /// <summary>The product the change touches, for approvers whose role holds on some products only; null when it is server-wide.</summary>
    public string? Product { get; set; }

    /// <summary>What exactly is to change, as JSON (finding ids and an end date, the SLA's days).</summary>
    public required string Payload { get; set; }

    public required string Reason { get; set; }

    /// <summary>The person who asked (see <c>Persons</c>): whoever decides must be someone else.</summary>
    public required string RequesterPerson { get; set; }

    public required string RequesterName { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public ChangeState State { get; set; }

    /// <summary>How many approvals by distinct people it needs, as configured for its kind when it was asked for.</summary>
    public int ApprovalsNeeded { get; set; }

    /// <summary>When it left <see cref="ChangeState.Pending"/>.</summary>
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>What applying it did (<c>2 findings risk-accepted until …</c>), or why it ended.</summary>
    public string? Outcome { get; set; }

    /// <summary>Bumped by every decision, so two decisions at once cannot both count against the same state.</summary>
    public int Revision { get; set; }
}
