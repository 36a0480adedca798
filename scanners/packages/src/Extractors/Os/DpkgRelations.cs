namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>
/// Reads dpkg relationship fields (Depends, Pre-Depends, Provides): comma-separated entries, each a
/// <c>|</c>-separated list of alternatives <c>name[:archqual] [(op version)] [[arches]] [&lt;profiles&gt;]</c>
/// (deb-control(5)). Only the names matter for the dependency graph.
/// </summary>
internal static class DpkgRelations
{
    /// <summary>The requirements in <paramref name="field"/>, each a list of alternative package names.</summary>
    public static List<IReadOnlyList<string>> Requirements(string? field)
    {
        var requirements = new List<IReadOnlyList<string>>();
        if (field is null)
        {
            return requirements;
        }

        foreach (var entry in field.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var alternatives = entry.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(NameOf).Where(n => n.Length > 0).ToList();
            if (alternatives.Count > 0)
            {
                requirements.Add(alternatives);
            }
        }

        return requirements;
    }

    /// <summary>The names in a Provides field.</summary>
    public static List<string> Names(string? field) =>
        field is null ? [] : [.. field.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(NameOf).Where(n => n.Length > 0)];

    private static string NameOf(string relation)
    {
        var end = relation.IndexOfAny([' ', '\t', '\n', '(', ':', '[', '<']);
        return end < 0 ? relation : relation[..end];
    }
}
