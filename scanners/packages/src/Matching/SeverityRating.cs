using BulwarkSeverity = Bulwark.Sdk.Severity;

namespace Bulwark.Scanners.Packages.Matching;

/// <summary>How severe a vulnerability is, and why.</summary>
/// <param name="Severity">The severity.</param>
/// <param name="Source">Where it comes from: <c>CVSS 3.1 9.8</c>, <c>GHSA rating MODERATE</c>, <c>unrated</c>.</param>
/// <param name="Vector">The CVSS vector scored, when there is one.</param>
/// <param name="Score">The CVSS base score, when there is one.</param>
public sealed record SeverityRating(BulwarkSeverity Severity, string Source, string? Vector, double? Score);
