namespace Bulwark.Server.Store.Model;

/// <summary>One upload: which tool looked at which product, when, at what, and what changed because of it.</summary>
internal sealed class Scan
{
    public long Id { get; set; }

    public long ProductId { get; set; }

    /// <summary>The tool that produced the report (<c>bulwark</c>, or a SARIF driver's name).</summary>
    public required string Tool { get; set; }

    /// <summary>
    /// The scanners that ran, space-separated and sorted. A finding of one of these scanners that this scan did not
    /// see is fixed; findings of scanners that did not run are left alone.
    /// </summary>
    public required string Scope { get; set; }

    /// <summary>What was scanned, as the report says (a path, an image, a host).</summary>
    public string? Target { get; set; }

    /// <summary>The commit, image digest or host the scan was of, when the uploader says.</summary>
    public string? Revision { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>Findings in the report (after deduplication within it).</summary>
    public int FindingCount { get; set; }

    /// <summary>Findings this scan saw first.</summary>
    public int NewCount { get; set; }

    /// <summary>Findings this scan no longer saw, now fixed.</summary>
    public int FixedCount { get; set; }

    /// <summary>Fixed findings this scan saw again.</summary>
    public int ReopenedCount { get; set; }

    /// <summary>Who uploaded it (the token's name).</summary>
    public required string UploadedBy { get; set; }
}
