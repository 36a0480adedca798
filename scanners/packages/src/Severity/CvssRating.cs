namespace Bulwark.Scanners.Packages.Severity;

/// <summary>
/// The qualitative severity of a CVSS score (CVSS v3.x and v4.0 specifications, "Qualitative Severity Rating
/// Scale"; for v2, the bands NVD uses, which never reach Critical).
/// </summary>
public enum CvssRating
{
    /// <summary>0.0.</summary>
    None,

    /// <summary>0.1 to 3.9 (v2: 0.0 to 3.9).</summary>
    Low,

    /// <summary>4.0 to 6.9.</summary>
    Medium,

    /// <summary>7.0 to 8.9 (v2: 7.0 to 10.0).</summary>
    High,

    /// <summary>9.0 to 10.0 (v3.x and v4.0 only).</summary>
    Critical,
}
