namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>
/// One VEX claim about one vulnerability in one product, from an OpenVEX statement or a CycloneDX
/// vulnerability analysis. A statement with several products becomes one of these per product.
/// </summary>
public sealed record VexStatement
{
    /// <summary>The vulnerability id as the document names it: <c>CVE-2021-44228</c>, <c>GHSA-…</c>.</summary>
    public required string VulnerabilityId { get; init; }

    /// <summary>Other ids the document gives for it (OpenVEX <c>aliases</c>, CycloneDX <c>references</c>).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The product's purl as written; without a version it covers every version (<see cref="AppliesTo"/>).</summary>
    public required string ProductPurl { get; init; }

    /// <summary>What the statement says.</summary>
    public required VexStatus Status { get; init; }

    /// <summary>Why not affected, as the document words it (<c>vulnerable_code_not_in_execute_path</c>, <c>code_not_reachable</c>); null for none.</summary>
    public string? Justification { get; init; }

    /// <summary>Free text for a person (OpenVEX <c>impact_statement</c>, CycloneDX <c>analysis.detail</c>); null for none.</summary>
    public string? Detail { get; init; }

    /// <summary>The VEX file, as given to the reader.</summary>
    public required string File { get; init; }

    /// <summary>The 1-based line of the product entry (or the CycloneDX affects entry).</summary>
    public int Line { get; init; }

    /// <summary>
    /// Whether the statement covers the package with <paramref name="packagePurl"/>: same type, namespace and name;
    /// the same version unless the statement's purl has none; and every qualifier the statement gives (<c>arch</c>,
    /// <c>distro</c>) present with the same value. An unparsable purl on either side covers nothing.
    /// </summary>
    public bool AppliesTo(string packagePurl)
    {
        if (!PurlParser.TryParse(ProductPurl, out var product, out _) || !PurlParser.TryParse(packagePurl, out var package, out _))
        {
            return false;
        }

        return product.Type == package.Type
            && product.Namespace == package.Namespace
            && product.Name == package.Name
            && (product.Version is null || product.Version == package.Version)
            && product.Qualifiers.All(q => package.Qualifiers.TryGetValue(q.Key, out var value) && value == q.Value);
    }
}
