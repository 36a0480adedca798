using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>
/// Resolves installed packages' requirements against each other: a requirement is met by a package of that
/// name, else by one that provides it. The first alternative that resolves wins; unresolved requirements
/// (something not installed, an rpmlib feature) make no edge.
/// </summary>
internal static class InstalledGraph
{
    /// <summary>The edges between <paramref name="installed"/> packages, by purl, without duplicates or self-edges.</summary>
    /// <param name="installed">The packages.</param>
    /// <param name="purls">Their purls, index for index.</param>
    public static List<DependencyEdge> Edges(IReadOnlyList<InstalledPackage> installed, IReadOnlyList<string> purls)
    {
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byProvide = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < installed.Count; i++)
        {
            Index(byName, installed[i].Name, i);
            foreach (var provided in installed[i].Provides)
            {
                Index(byProvide, provided, i);
            }
        }

        var edges = new List<DependencyEdge>();
        var seen = new HashSet<(int, int)>();
        for (var from = 0; from < installed.Count; from++)
        {
            foreach (var alternatives in installed[from].Requires)
            {
                foreach (var wanted in alternatives)
                {
                    var candidates = byName.GetValueOrDefault(wanted) ?? byProvide.GetValueOrDefault(wanted);
                    if (candidates is null)
                    {
                        continue;
                    }

                    var to = Best(candidates, installed, installed[from].Architecture);
                    if (to != from && seen.Add((from, to)))
                    {
                        edges.Add(new DependencyEdge(purls[from], purls[to]));
                    }

                    break;
                }
            }
        }

        return edges;
    }

    private static void Index(Dictionary<string, List<int>> index, string key, int i)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != i)
        {
            list.Add(i);
        }
    }

    // With several architectures of one library installed (multiarch), the dependent's own architecture is the one
    // it loads; architecture-independent packages satisfy any.
    private static int Best(List<int> candidates, IReadOnlyList<InstalledPackage> installed, string? architecture)
    {
        if (candidates.Count == 1 || architecture is null)
        {
            return candidates[0];
        }

        foreach (var i in candidates)
        {
            if (installed[i].Architecture == architecture)
            {
                return i;
            }
        }

        return candidates[0];
    }
}
