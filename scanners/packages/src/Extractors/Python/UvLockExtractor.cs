using Bulwark.Scanners.Packages.Formats.Toml;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Python;

/// <summary>
/// uv.lock: one <c>[[package]]</c> per locked package. The project and its workspace members
/// (<c>source = { editable = … }</c> or <c>{ virtual = … }</c>) are not dependencies: their
/// <c>dependencies</c> and <c>optional-dependencies</c> are the direct runtime ones and their
/// <c>dev-dependencies</c> groups the direct development ones, from which transitive dev-only status follows.
/// Local folders (<c>{ directory = … }</c>) are the project's own code and are skipped.
/// </summary>
public sealed class UvLockExtractor : IExtractor
{
    /// <inheritdoc />
    public string Format => "uv.lock";

    /// <inheritdoc />
    public bool Recognises(string path) => path == "uv.lock" || path.EndsWith("/uv.lock", StringComparison.Ordinal);

    /// <inheritdoc />
    public Extraction Extract(ExtractorInput input)
    {
        var graph = new PythonLockGraph(input.Path);
        var (root, errors) = TomlReader.Parse(input.Text);
        foreach (var error in errors)
        {
            graph.Diagnose(error.Line, error.Message, error.Column);
        }

        var byName = new Dictionary<string, List<(string Id, string Version)>>(StringComparer.Ordinal);
        var packages = new List<(string Id, TomlNode Entry)>();
        var members = new List<TomlNode>();
        foreach (var entry in root.Tables("package"))
        {
            if (entry.String("name") is not { Length: > 0 } name)
            {
                graph.Diagnose(entry.Line, "[[package]] without a name; skipped");
                continue;
            }

            var source = entry["source"];
            if (source?["editable"] is not null || source?["virtual"] is not null)
            {
                members.Add(entry);
                continue;
            }

            if (source?["directory"] is not null)
            {
                continue;
            }

            if (entry.String("version") is not { Length: > 0 } version)
            {
                graph.Diagnose(entry.Line, $"package \"{name}\" has no version; skipped");
                continue;
            }

            var id = $"{PythonNames.Normalise(name)}@{version}";
            graph.AddNode(id, name, version, entry.Line, null, PythonSource.NoteFor(source));
            (byName.TryGetValue(PythonNames.Normalise(name), out var ids) ? ids : byName[PythonNames.Normalise(name)] = []).Add((id, version));
            packages.Add((id, entry));
        }

        // A dependency names a version only when several versions of it are locked.
        IEnumerable<string> Resolve(TomlNode dependency) =>
            dependency.String("name") is { } name && byName.TryGetValue(PythonNames.Normalise(name), out var candidates)
                ? candidates.Where(c => dependency.String("version") is not { } version || c.Version == version).Select(c => c.Id)
                : [];

        foreach (var (id, entry) in packages)
        {
            foreach (var dependency in Runtime(entry))
            {
                foreach (var target in Resolve(dependency))
                {
                    graph.AddEdge(id, target);
                }
            }
        }

        graph.RootsKnown = members.Count > 0;
        foreach (var member in members)
        {
            // A member's version may be dynamic, and then the lock leaves it out.
            var owner = PythonNames.Purl(member.String("name")!, member.String("version") ?? "");
            foreach (var target in Runtime(member).SelectMany(Resolve))
            {
                graph.AddRoot(target, false, owner);
            }

            var groups = member["dev-dependencies"]?.Entries.Select(g => g.Value) ?? [];
            foreach (var target in groups.SelectMany(g => g.Kind == TomlNodeKind.Array ? g.Items : []).Where(d => d.Kind == TomlNodeKind.Table).SelectMany(Resolve))
            {
                graph.AddRoot(target, true, owner);
            }
        }

        return graph.Finish();
    }

    /// <summary>The runtime dependency tables of an entry: <c>dependencies</c> and every extra's <c>optional-dependencies</c>.</summary>
    private static IEnumerable<TomlNode> Runtime(TomlNode entry)
    {
        var extras = entry["optional-dependencies"]?.Entries.Select(e => e.Value) ?? [];
        return entry.Tables("dependencies").Concat(extras.SelectMany(e => e.Kind == TomlNodeKind.Array ? e.Items : []).Where(d => d.Kind == TomlNodeKind.Table));
    }
}
