namespace Bulwark.Server.Store.Model;

/// <summary>
/// A finding's issue in one tracker (JIRA, GitHub): which issue it became, where people read it, and the status the
/// tracker last reported for it. One per tracker and finding.
/// </summary>
internal sealed class TrackerLink
{
    public long Id { get; set; }

    /// <summary>The tracker's name in the trackers file.</summary>
    public required string Tracker { get; set; }

    public long FindingId { get; set; }

    /// <summary>The key (<c>SEC-12</c>) or number (<c>42</c>).</summary>
    public required string ExternalKey { get; set; }

    /// <summary>The page for people.</summary>
    public required string Url { get; set; }

    /// <summary>The status the tracker last reported (<c>In Progress</c>); null until it was asked.</summary>
    public string? ExternalStatus { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the tracker was last asked for the status.</summary>
    public DateTimeOffset? CheckedAt { get; set; }
}
