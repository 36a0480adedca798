namespace Bulwark.Server.Store.Model;

/// <summary>
/// A problem in a product, one row however many scans saw it: scans are matched to it by the finding's fingerprint
/// (stable across line moves), and it remembers the scans that first and last saw it.
/// </summary>
internal sealed class Finding
{
    public long Id { get; set; }

    public long ProductId { get; set; }

    /// <summary>The scanner's fingerprint of the finding; unique within the product.</summary>
    public required string Fingerprint { get; set; }

    public required string Scanner { get; set; }

    public required string RuleId { get; set; }

    /// <summary>0 info … 4 critical, so that sorting by it sorts by severity.</summary>
    public int Severity { get; set; }

    public required string Title { get; set; }

    public required string Message { get; set; }

    public string? Path { get; set; }

    public int Line { get; set; }

    /// <summary>The evidence as the scanner wrote it (already redacted by the scanner).</summary>
    public string? Evidence { get; set; }

    public FindingState State { get; set; }

    public long FirstScanId { get; set; }

    public long LastScanId { get; set; }

    public DateTimeOffset FirstSeen { get; set; }

    public DateTimeOffset LastSeen { get; set; }

    /// <summary>When a scan of its scope last found it gone; null while it is seen.</summary>
    public DateTimeOffset? FixedAt { get; set; }

    /// <summary>For <see cref="FindingState.RiskAccepted"/>: until when.</summary>
    public DateTimeOffset? AcceptedUntil { get; set; }
}
