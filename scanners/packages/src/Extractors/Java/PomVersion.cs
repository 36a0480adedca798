namespace Bulwark.Scanners.Packages.Extractors.Java;

/// <summary>How a POM dependency's version is found, and what to tell a person when it cannot be.</summary>
internal static class PomVersion
{
    /// <summary>
    /// The exact version of <paramref name="dependency"/> (named <paramref name="name"/> once substituted), or
    /// empty with the reason added to <paramref name="notes"/>.
    /// </summary>
    public static string Resolve(PomDependency dependency, string name, PomLineage lineage, List<string> notes)
    {
        var written = dependency.Version;
        var from = "";
        if (written is null)
        {
            var managed = lineage.Managed.FirstOrDefault(m => m.Scope != "import" && Name(m, lineage) == name);
            if (managed?.Version is null)
            {
                notes.Add(Unmanaged(lineage));
                return "";
            }

            written = managed.Version;
            from = " (from dependencyManagement)";
        }

        var (value, missing) = lineage.Substitute(written);
        if (value is null)
        {
            notes.Add(lineage.MissingParent is { } parent
                ? $"the version '{written}'{from} uses {missing}, which is not defined in this POM; it is expected from the parent POM {parent}, which is not in the scan, so the version is unresolved"
                : $"the version '{written}'{from} uses {missing}, which is not defined in this POM or its parents in the scan, so the version is unresolved");
            return "";
        }

        if (value.IndexOfAny(['[', ']', '(', ')', ',']) >= 0)
        {
            notes.Add($"'{value}'{from} is a version range, not an exact version; Maven picks the version when it builds");
            return "";
        }

        return value;
    }

    /// <summary>How a sentence about where a property was looked for ends: naming the parent POM missing from the scan, if one is.</summary>
    public static string ParentClause(PomLineage lineage) => lineage.MissingParent is { } parent
        ? $"; it may come from the parent POM {parent}, which is not in the scan"
        : " or its parents in the scan";

    private static string Unmanaged(PomLineage lineage)
    {
        if (lineage.MissingParent is { } parent)
        {
            return $"no version here, so it comes from the parent POM {parent} (its dependencyManagement), which is not in the scan; the version is unresolved";
        }

        var boms = lineage.Managed.Where(m => m.Scope == "import").Select(m => $"{m.GroupId}:{m.ArtifactId}:{m.Version}").ToList();
        return boms.Count > 0
            ? $"no version here, and none in dependencyManagement; it is probably managed by an imported BOM ({string.Join(", ", boms)}), which is not in the scan; the version is unresolved"
            : "no version here, and no dependencyManagement in this POM or its parents manages it; the version is unresolved";
    }

    private static string? Name(PomDependency managed, PomLineage lineage) =>
        lineage.Substitute($"{managed.GroupId}:{managed.ArtifactId}").Value;
}
