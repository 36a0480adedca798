namespace Bulwark.Server.Store.Model;

/// <summary>
/// One thing to tell a tracker (make an issue, close it, send an event), kept until the tracker took it: a tracker that
/// is down delays it, never loses it. Claimed with a lease, so of several servers on one database only one sends it at
/// a time. It never holds a token: the payload is the finding's snapshot, and the error is the tracker's answer.
/// </summary>
internal sealed class TrackerDelivery
{
    public long Id { get; set; }

    /// <summary>The tracker's name in the trackers file.</summary>
    public required string Tracker { get; set; }

    public long FindingId { get; set; }

    /// <summary>
    /// The finding change it reports (<c>finding_changes.Id</c>), or 0 for the finding's first report (the issue's
    /// creation). Unique with tracker and finding: two sweeps, on one server or two, queue a thing once.
    /// </summary>
    public long ChangeId { get; set; }

    /// <summary><c>create</c>, or the state the finding moved to (<c>fixed</c>, <c>risk-accepted</c>, …).</summary>
    public required string Action { get; set; }

    /// <summary>The finding as it was when queued, as JSON; a webhook's body is exactly this.</summary>
    public required string Payload { get; set; }

    /// <summary><c>pending</c>, <c>delivered</c> or <c>dead</c>.</summary>
    public required string State { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Not sent before this time (the back-off after a failure).</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>Why the last attempt failed, with any secret taken out.</summary>
    public string? LastError { get; set; }

    /// <summary>Until when the server in <see cref="LeasedBy"/> is sending it; another may take it after.</summary>
    public DateTimeOffset? LeasedUntil { get; set; }

    public string? LeasedBy { get; set; }
}
