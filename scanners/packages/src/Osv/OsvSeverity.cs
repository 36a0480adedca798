namespace Bulwark.Scanners.Packages.Osv;

/// <summary>One severity entry of an advisory.</summary>
/// <param name="Type">The type as OSV writes it (<c>CVSS_V3</c>, <c>CVSS_V4</c>, <c>CVSS_V2</c>, <c>Ubuntu</c>).</param>
/// <param name="Score">The vector or rating.</param>
public sealed record OsvSeverity(string Type, string Score);
