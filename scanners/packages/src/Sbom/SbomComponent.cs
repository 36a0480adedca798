using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>One component of an SBOM: every package found under one purl.</summary>
/// <param name="Package">The first occurrence, whose name, version and ecosystem are written.</param>
/// <param name="Occurrences">Every occurrence (file and line), in input order.</param>
/// <param name="Development">True when every occurrence is development-only.</param>
internal sealed record SbomComponent(Package Package, IReadOnlyList<Package> Occurrences, bool Development)
{
    /// <summary>The purl, which is also the component's bom-ref.</summary>
    public string Purl => Package.Purl;
}
