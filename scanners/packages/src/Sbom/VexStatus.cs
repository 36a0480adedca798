namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>
/// What a VEX statement says about a vulnerability in a product: the four OpenVEX statuses, which CycloneDX's
/// analysis states map onto (<c>exploitable</c> → affected, <c>resolved</c> → fixed, <c>in_triage</c> → under
/// investigation, <c>not_affected</c> and <c>false_positive</c> → not affected).
/// </summary>
public enum VexStatus
{
    /// <summary>The product is not affected (a justification or impact statement says why).</summary>
    NotAffected,

    /// <summary>The product is affected.</summary>
    Affected,

    /// <summary>The product contains a fix.</summary>
    Fixed,

    /// <summary>Not known yet; being investigated.</summary>
    UnderInvestigation,
}
