using System.Globalization;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>What an SBOM writer writes: the scanned target, who made the SBOM and when, the packages and their graph.</summary>
public sealed record SbomDocument
{
    /// <summary>The scanned target's name (a folder, an image): the SBOM's subject.</summary>
    public required string Target { get; init; }

    /// <summary>The tool that made it.</summary>
    public string ToolName { get; init; } = "bulwark";

    /// <summary>The tool's version.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>When the SBOM was made (written in UTC, to the second).</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The packages; the same purl found in several files becomes one component with several occurrences.</summary>
    public required IReadOnlyList<Package> Packages { get; init; }

    /// <summary>Dependency edges by purl; an edge from a purl that is not a package is taken as the target's own (a direct dependency).</summary>
    public IReadOnlyList<DependencyEdge> Edges { get; init; } = [];

    /// <summary>Vulnerabilities to list (CycloneDX only); empty for a plain SBOM.</summary>
    public IReadOnlyList<SbomVulnerability> Vulnerabilities { get; init; } = [];

    /// <summary>The document's unique id (CycloneDX serialNumber, SPDX documentNamespace); fixed in tests to compare output.</summary>
    public Guid SerialNumber { get; init; } = Guid.NewGuid();

    /// <summary>The timestamp as both formats want it: <c>2024-05-01T12:00:00Z</c>.</summary>
    internal string Created => Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
