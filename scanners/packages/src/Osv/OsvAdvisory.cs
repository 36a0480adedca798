namespace Bulwark.Scanners.Packages.Osv;

/// <summary>
/// One OSV advisory, reduced to what matching and reporting use (the OSV schema's id, modified, withdrawn,
/// aliases, upstream, summary, severity, references and affected packages).
/// </summary>
public sealed record OsvAdvisory
{
    /// <summary>The advisory's id: <c>GHSA-…</c>, <c>PYSEC-…</c>, <c>GO-…</c>, <c>DSA-…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>When it was last modified (RFC 3339 text as written).</summary>
    public string Modified { get; init; } = "";

    /// <summary>When it was withdrawn, or null; withdrawn advisories never match.</summary>
    public string? Withdrawn { get; init; }

    /// <summary>Other ids of the same vulnerability (<c>CVE-…</c>).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Ids this advisory was derived from (OSV 1.7 <c>upstream</c>: a distribution's record of a CVE).</summary>
    public IReadOnlyList<string> Upstream { get; init; } = [];

    /// <summary>A one-line summary (or the start of the details when there is none).</summary>
    public string Summary { get; init; } = "";

    /// <summary>The severity entries: type (<c>CVSS_V3</c>, <c>CVSS_V4</c>, <c>Ubuntu</c>…) and score (a vector or a rating).</summary>
    public IReadOnlyList<OsvSeverity> Severity { get; init; } = [];

    /// <summary>A rating the database gives in its own words (<c>database_specific.severity</c>: GHSA's <c>HIGH</c>, <c>MODERATE</c>), or null.</summary>
    public string? DatabaseSeverity { get; init; }

    /// <summary>The advisory's web page, or the first reference, for reports.</summary>
    public string? Url { get; init; }

    /// <summary>The packages it affects.</summary>
    public IReadOnlyList<OsvAffected> Affected { get; init; } = [];
}
