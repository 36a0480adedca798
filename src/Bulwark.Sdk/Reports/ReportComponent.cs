namespace Bulwark.Sdk;

/// <summary>
/// One component a scanner found the scanned target to be made of (a locked dependency, an installed OS
/// package), for reports that list what was shipped (a CycloneDX SBOM) and not only what is wrong with it.
/// </summary>
public sealed record ReportComponent
{
    /// <summary>The scanner that found it.</summary>
    public required string Scanner { get; init; }

    /// <summary>The package URL, which identifies it across reports: <c>pkg:npm/lodash@4.17.21</c>.</summary>
    public required string Purl { get; init; }

    /// <summary>The name as its ecosystem writes it (<c>org.apache.logging.log4j:log4j-core</c> for Maven).</summary>
    public required string Name { get; init; }

    /// <summary>The exact version; empty when the file names none.</summary>
    public required string Version { get; init; }

    /// <summary>The ecosystem as OSV names it (<c>npm</c>, <c>PyPI</c>, <c>Debian:12</c>).</summary>
    public required string Ecosystem { get; init; }

    /// <summary>Where it is declared: the file and line.</summary>
    public required Location Location { get; init; }

    /// <summary>True when the target names it itself, false when something else pulls it in, null when the file does not say.</summary>
    public bool? Direct { get; init; }

    /// <summary>True when only development or test builds use it.</summary>
    public bool Development { get; init; }

    /// <summary>The purls of the components it depends on, where the file records the graph.</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>Facts a format may carry beyond the above (the OS source package), by name.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();
}
