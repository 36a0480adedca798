namespace Bulwark.Scanners.Packages.Model;

/// <summary>One component found in a lockfile, manifest, SBOM or OS package database.</summary>
public sealed record Package
{
    /// <summary>The OSV ecosystem (<see cref="Ecosystems"/>), without a release.</summary>
    public required string Ecosystem { get; init; }

    /// <summary>For OS packages, the distribution release as OSV names it (<c>12</c> for Debian 12, <c>v3.19</c> for Alpine); else null.</summary>
    public string? Release { get; init; }

    /// <summary>The name as the ecosystem writes it: <c>@babel/core</c>, <c>Django</c>, <c>org.apache.logging.log4j:log4j-core</c>, <c>github.com/gin-gonic/gin</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The exact version, as written (no range); empty when the file gives none (a manifest without a pin).</summary>
    public required string Version { get; init; }

    /// <summary>For OS binary packages, the source package they were built from (what Debian advisories name); else null.</summary>
    public string? SourceName { get; init; }

    /// <summary>The source package's version when it differs from <see cref="Version"/> (a binNMU); else null.</summary>
    public string? SourceVersion { get; init; }

    /// <summary>The package URL (purl spec), with the version.</summary>
    public required string Purl { get; init; }

    /// <summary>The file it was found in, relative to the scan root.</summary>
    public required string File { get; init; }

    /// <summary>The 1-based line it is declared on (its entry's first line); 0 when the format has no lines (a binary database).</summary>
    public int Line { get; init; }

    /// <summary>Direct, transitive, or unknown.</summary>
    public DependencyScope Scope { get; init; }

    /// <summary>True for development-only dependencies (devDependencies, dev groups), when the format says.</summary>
    public bool Development { get; init; }

    /// <summary>A caveat a person should see: <c>version comes from the parent POM, which is not in the scan</c>.</summary>
    public string? Note { get; init; }

    /// <summary>The ecosystem string OSV uses for this package: <c>Debian:12</c> for an OS package, else the ecosystem.</summary>
    public string OsvEcosystem => Release is null ? Ecosystem : $"{Ecosystem}:{Release}";
}
