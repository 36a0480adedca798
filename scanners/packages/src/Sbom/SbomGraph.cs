using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>
/// The packages and edges of an <see cref="SbomDocument"/> as both writers need them: one component per purl,
/// the target's direct dependencies, and each component's dependencies with duplicates removed.
/// </summary>
internal sealed class SbomGraph
{
    private SbomGraph(IReadOnlyList<SbomComponent> components, IReadOnlyList<string> direct, IReadOnlyList<KeyValuePair<string, List<string>>> dependsOn)
    {
        Components = components;
        Direct = direct;
        DependsOn = dependsOn;
    }

    /// <summary>The components in the order their purls first appear.</summary>
    public IReadOnlyList<SbomComponent> Components { get; }

    /// <summary>The purls the target depends on directly, in component order.</summary>
    public IReadOnlyList<string> Direct { get; }

    /// <summary>Each component with dependencies, and those dependencies (purls), in component order.</summary>
    public IReadOnlyList<KeyValuePair<string, List<string>>> DependsOn { get; }

    /// <summary>Builds the graph of <paramref name="document"/>.</summary>
    /// <remarks>
    /// An edge to a purl that is not among the packages is left out: both formats require every reference to
    /// name an element of the document. An edge from such a purl is the project naming itself (package.json's
    /// own name), so its target counts as a direct dependency.
    /// </remarks>
    public static SbomGraph Of(SbomDocument document)
    {
        var byPurl = new Dictionary<string, List<Package>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var package in document.Packages)
        {
            if (!byPurl.TryGetValue(package.Purl, out var occurrences))
            {
                byPurl[package.Purl] = occurrences = [];
                order.Add(package.Purl);
            }

            occurrences.Add(package);
        }

        var position = order.Select((purl, i) => (purl, i)).ToDictionary(p => p.purl, p => p.i, StringComparer.Ordinal);
        var direct = new HashSet<string>(byPurl.Where(p => p.Value.Any(o => o.Scope == DependencyScope.Direct)).Select(p => p.Key), StringComparer.Ordinal);
        var dependsOn = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var edge in document.Edges)
        {
            if (!byPurl.ContainsKey(edge.To) || edge.From == edge.To)
            {
                continue;
            }

            if (!byPurl.ContainsKey(edge.From))
            {
                direct.Add(edge.To);
                continue;
            }

            if (!dependsOn.TryGetValue(edge.From, out var targets))
            {
                dependsOn[edge.From] = targets = new HashSet<string>(StringComparer.Ordinal);
            }

            targets.Add(edge.To);
        }

        var components = order.Select(purl => new SbomComponent(byPurl[purl][0], byPurl[purl], byPurl[purl].All(p => p.Development))).ToList();
        return new SbomGraph(
            components,
            [.. direct.OrderBy(p => position[p])],
            [.. dependsOn.OrderBy(d => position[d.Key]).Select(d => KeyValuePair.Create(d.Key, d.Value.OrderBy(p => position[p]).ToList()))]);
    }
}
