namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>A VEX assessment attached to a vulnerability in an SBOM (CycloneDX <c>vulnerabilities[].analysis</c>).</summary>
public sealed record SbomAnalysis
{
    /// <summary>The status.</summary>
    public required VexStatus State { get; init; }

    /// <summary>
    /// Why it is not affected: a CycloneDX justification (<c>code_not_reachable</c>) or an OpenVEX one
    /// (<c>vulnerable_code_not_in_execute_path</c>, translated on writing); null for none.
    /// </summary>
    public string? Justification { get; init; }

    /// <summary>Free text for a person (the impact statement); null for none.</summary>
    public string? Detail { get; init; }
}
