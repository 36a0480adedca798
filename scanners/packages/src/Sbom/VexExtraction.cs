using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>What <see cref="VexReader"/> read from one file: the statements, and what it could not read.</summary>
public sealed class VexExtraction
{
    /// <summary>The statements in document order.</summary>
    public List<VexStatement> Statements { get; } = [];

    /// <summary>Problems reading the file, each with where it is; the rest of the file is still read.</summary>
    public List<PackageDiagnostic> Diagnostics { get; } = [];
}
