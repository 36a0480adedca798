namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>One severity rating of a vulnerability.</summary>
public sealed record SbomRating
{
    /// <summary>The numeric score (CVSS base score), or null when only a vector or a severity is known.</summary>
    public double? Score { get; init; }

    /// <summary>critical, high, medium (or moderate), low, info, none; null to derive it from <see cref="Score"/>.</summary>
    public string? Severity { get; init; }

    /// <summary>How it was scored.</summary>
    public SbomRatingMethod Method { get; init; } = SbomRatingMethod.Other;

    /// <summary>The CVSS vector (<c>CVSS:3.1/AV:N/…</c>), or null.</summary>
    public string? Vector { get; init; }
}
