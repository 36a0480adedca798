namespace Bulwark.Scanners.Packages.Osv;

/// <summary>One <c>affected[]</c> entry: a package and the versions of it that are vulnerable.</summary>
public sealed record OsvAffected
{
    /// <summary>The OSV ecosystem, with its release for OS packages (<c>Debian:12</c>).</summary>
    public required string Ecosystem { get; init; }

    /// <summary>The package name as the advisory writes it.</summary>
    public required string Name { get; init; }

    /// <summary>The ranges (SEMVER and ECOSYSTEM; GIT ranges are kept out, they name commits, not versions).</summary>
    public IReadOnlyList<OsvRange> Ranges { get; init; } = [];

    /// <summary>Versions listed one by one.</summary>
    public IReadOnlyList<string> Versions { get; init; } = [];

    /// <summary>A rating given for this package only (<c>ecosystem_specific.severity</c> / <c>database_specific.severity</c>), or null.</summary>
    public string? Severity { get; init; }
}
