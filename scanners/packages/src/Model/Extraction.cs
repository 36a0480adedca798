namespace Bulwark.Scanners.Packages.Model;

/// <summary>What an extractor read from one file: the packages, how they depend on each other, and what it could not read.</summary>
public sealed class Extraction
{
    /// <summary>The packages, in file order.</summary>
    public List<Package> Packages { get; } = [];

    /// <summary>Dependency edges between packages of this file, by purl (<c>from</c> depends on <c>to</c>); empty when the format has no graph.</summary>
    public List<DependencyEdge> Edges { get; } = [];

    /// <summary>Problems reading the file, each with where it is; the rest of the file is still read.</summary>
    public List<PackageDiagnostic> Diagnostics { get; } = [];
}

/// <summary>One package depending on another, both by purl.</summary>
/// <param name="From">The dependent package's purl (or the project's, for a direct dependency, when the format names the project).</param>
/// <param name="To">The dependency's purl.</param>
public sealed record DependencyEdge(string From, string To);

/// <summary>A problem reading a package file: where, and what.</summary>
/// <param name="File">The file, relative to the scan root.</param>
/// <param name="Line">The 1-based line (0 when unknown).</param>
/// <param name="Column">The 1-based column (0 when unknown).</param>
/// <param name="Message">What is wrong, for a person.</param>
public sealed record PackageDiagnostic(string File, int Line, int Column, string Message);
