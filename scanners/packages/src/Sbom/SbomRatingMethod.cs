namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>How a rating was scored, as OSV's <c>severity[].type</c> names it.</summary>
public enum SbomRatingMethod
{
    /// <summary>CVSS v3.0 or v3.1 (the vector's prefix tells which).</summary>
    CvssV3,

    /// <summary>CVSS v4.0.</summary>
    CvssV4,

    /// <summary>Anything else (an ecosystem's own severity scale).</summary>
    Other,
}
