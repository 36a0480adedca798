using Bulwark.Scanners.Packages.Formats.Toml;

namespace Bulwark.Scanners.Packages.Extractors.Python;

/// <summary>
/// The names a pyproject.toml declares as the project's own dependencies: PEP 621 <c>[project]</c>
/// dependencies and extras, PEP 735 <c>[dependency-groups]</c>, and Poetry's <c>[tool.poetry]</c> tables.
/// Read to tell direct from transitive packages in a poetry.lock, which does not say.
/// </summary>
internal static class PyprojectManifest
{
    /// <summary>
    /// Normalised name → whether it is declared only for development (null when the file is absent); the
    /// project's purl when the file names the project (<c>[project]</c> or <c>[tool.poetry]</c>); the file's TOML errors.
    /// </summary>
    public static (Dictionary<string, bool>? Names, string? ProjectPurl, IReadOnlyList<TomlSyntaxError> Errors) Read(string path, Func<string, string?> readOther)
    {
        if (readOther(path) is not { } text)
        {
            return (null, null, []);
        }

        var (root, errors) = TomlReader.Parse(text);
        var names = new Dictionary<string, bool>(StringComparer.Ordinal);
        void Add(string name, bool development)
        {
            var key = PythonNames.Normalise(name);
            names[key] = names.TryGetValue(key, out var before) ? before && development : development;
        }

        var project = root["project"];
        foreach (var requirement in Strings(project?["dependencies"]))
        {
            Add(RequirementLine.LeadingName(requirement), false);
        }

        foreach (var (_, extra) in project?["optional-dependencies"]?.Entries ?? [])
        {
            foreach (var requirement in Strings(extra))
            {
                Add(RequirementLine.LeadingName(requirement), false);
            }
        }

        foreach (var (_, group) in root["dependency-groups"]?.Entries ?? [])
        {
            foreach (var requirement in Strings(group))
            {
                Add(RequirementLine.LeadingName(requirement), true);
            }
        }

        var poetry = root["tool"]?["poetry"];
        foreach (var (name, _) in poetry?["dependencies"]?.Entries ?? [])
        {
            if (name != "python")
            {
                Add(name, false);
            }
        }

        foreach (var (name, _) in poetry?["dev-dependencies"]?.Entries ?? [])
        {
            Add(name, true);
        }

        foreach (var (group, table) in poetry?["group"]?.Entries ?? [])
        {
            foreach (var (name, _) in table["dependencies"]?.Entries ?? [])
            {
                if (name != "python")
                {
                    Add(name, group != "main");
                }
            }
        }

        names.Remove("");
        var projectName = project?.String("name") ?? poetry?.String("name");
        var projectPurl = projectName is { Length: > 0 }
            ? PythonNames.Purl(projectName, project?.String("version") ?? poetry?.String("version") ?? "")
            : null;
        return (names, projectPurl, errors);
    }

    private static IEnumerable<string> Strings(TomlNode? array) =>
        array is { Kind: TomlNodeKind.Array } ? array.Items.Where(i => i.Kind == TomlNodeKind.String).Select(i => i.Text) : [];
}
