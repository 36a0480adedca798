using Bulwark.Scanners.Packages.Formats.Toml;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Python;

/// <summary>
/// poetry.lock: one <c>[[package]]</c> per locked package, dev-only when its <c>category</c> is
/// <c>dev</c> (Poetry before 1.5) or its <c>groups</c> leave out <c>main</c> (Poetry 2). The lockfile does
/// not say which packages the project names itself; pyproject.toml beside it does, when readable.
/// Path dependencies (<c>source.type = "directory"</c>) are the project's own code and are skipped.
/// </summary>
public sealed class PoetryLockExtractor : IExtractor
{
    /// <inheritdoc />
    public string Format => "poetry.lock";

    /// <inheritdoc />
    public bool Recognises(string path) => path == "poetry.lock" || path.EndsWith("/poetry.lock", StringComparison.Ordinal);

    /// <inheritdoc />
    public Extraction Extract(ExtractorInput input)
    {
        var graph = new PythonLockGraph(input.Path);
        var (root, errors) = TomlReader.Parse(input.Text);
        foreach (var error in errors)
        {
            graph.Diagnose(error.Line, error.Message, error.Column);
        }

        var byName = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var added = new List<(string Id, TomlNode Entry)>();
        foreach (var entry in root.Tables("package"))
        {
            if (entry.String("name") is not { Length: > 0 } name || entry.String("version") is not { Length: > 0 } version)
            {
                graph.Diagnose(entry.Line, "[[package]] without a name and version; skipped");
                continue;
            }

            var source = entry["source"];
            if (source?.String("type") == "directory")
            {
                continue;
            }

            var id = $"{PythonNames.Normalise(name)}@{version}";
            graph.AddNode(id, name, version, entry.Line, Development(entry), PythonSource.NoteFor(source));
            (byName.TryGetValue(PythonNames.Normalise(name), out var ids) ? ids : byName[PythonNames.Normalise(name)] = []).Add(id);
            added.Add((id, entry));
        }

        foreach (var (id, entry) in added)
        {
            foreach (var (dependency, _) in entry["dependencies"]?.Entries ?? [])
            {
                foreach (var target in byName.GetValueOrDefault(PythonNames.Normalise(dependency)) ?? [])
                {
                    graph.AddEdge(id, target);
                }
            }
        }

        var manifestPath = input.Sibling("pyproject.toml");
        var (names, projectPurl, manifestErrors) = PyprojectManifest.Read(manifestPath, input.ReadOther);
        foreach (var error in manifestErrors)
        {
            graph.Diagnose(error.Line, $"{error.Message}; the dependencies it declares were read as far as possible", error.Column, manifestPath);
        }

        graph.RootsKnown = names is not null;
        foreach (var (name, development) in names ?? [])
        {
            foreach (var target in byName.GetValueOrDefault(name) ?? [])
            {
                graph.AddRoot(target, development, projectPurl);
            }
        }

        return graph.Finish();
    }

    /// <summary>
    /// Dev-only as the entry marks it: <c>category</c> (Poetry before 1.5) or <c>groups</c> (Poetry 2). Lock
    /// format 2.0 (Poetry 1.5 to 1.8) has neither, so null: the graph works it out from pyproject.toml.
    /// </summary>
    private static bool? Development(TomlNode entry)
    {
        if (entry.String("category") is { } category)
        {
            return category == "dev";
        }

        return entry["groups"] is { Kind: TomlNodeKind.Array, Items.Count: > 0 } groups
            ? groups.Items.All(g => g.Text != "main")
            : null;
    }
}
