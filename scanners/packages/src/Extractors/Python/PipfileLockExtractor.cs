using Bulwark.Scanners.Packages.Formats.Json;
using Bulwark.Scanners.Packages.Formats.Toml;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Python;

/// <summary>
/// Pipfile.lock (JSON): every locked package under <c>default</c> (runtime) and <c>develop</c> (development),
/// each with its pin as <c>"version": "==2.31.0"</c>. The lock is flat, without a graph; the Pipfile beside it
/// names the direct ones, when readable. Git, path and URL entries carry no index version and are skipped.
/// </summary>
public sealed class PipfileLockExtractor : IExtractor
{
    /// <inheritdoc />
    public string Format => "Pipfile.lock";

    /// <inheritdoc />
    public bool Recognises(string path) => path == "Pipfile.lock" || path.EndsWith("/Pipfile.lock", StringComparison.Ordinal);

    /// <inheritdoc />
    public Extraction Extract(ExtractorInput input)
    {
        var graph = new PythonLockGraph(input.Path);
        var root = LocatedJsonParser.Parse(input.Text, out var error);
        if (error is not null)
        {
            graph.Diagnose(error.Line, $"not valid JSON: {error.Message}" + (root is null ? "" : "; entries before this point were read"), error.Column);
        }

        if (root is null || root.Kind != JsonKind.Object)
        {
            if (root is not null)
            {
                graph.Diagnose(root.Line, "a Pipfile.lock is a JSON object with \"default\" and \"develop\" sections");
            }

            return graph.Finish();
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (section, development) in new[] { ("default", false), ("develop", true) })
        {
            // An entry's line is its key's: where the entry starts, even when its value opens on a later line.
            foreach (var (name, line, _, entry) in root.MembersOf(section))
            {
                if (entry.Kind != JsonKind.Object)
                {
                    graph.Diagnose(line, $"\"{name}\" in \"{section}\" is not an object; skipped");
                    continue;
                }

                if (entry.String("version") is not { } pin)
                {
                    continue; // git, path or URL requirement: no index version to check
                }

                if (!pin.StartsWith("==", StringComparison.Ordinal) || pin.Length <= 2)
                {
                    graph.Diagnose(line, $"\"{name}\" has version \"{pin}\", which is not an exact pin (==VERSION); skipped");
                    continue;
                }

                var version = pin.TrimStart('=').Trim();
                var id = $"{PythonNames.Normalise(name)}@{version}";
                // A package in both sections is a runtime one that development also uses.
                if (graph.Has(id))
                {
                    continue;
                }

                graph.AddNode(id, name, version, line, development, null);
                ids[PythonNames.Normalise(name)] = id;
            }
        }

        var pipfilePath = input.Sibling("Pipfile");
        if (input.ReadOther(pipfilePath) is { } pipfile)
        {
            var (manifest, errors) = TomlReader.Parse(pipfile);
            foreach (var problem in errors)
            {
                graph.Diagnose(problem.Line, $"{problem.Message}; the packages it declares were read as far as possible", problem.Column, pipfilePath);
            }

            graph.RootsKnown = true;
            foreach (var (table, development) in new[] { ("packages", false), ("dev-packages", true) })
            {
                foreach (var (name, _) in manifest[table]?.Entries ?? [])
                {
                    if (ids.TryGetValue(PythonNames.Normalise(name), out var id))
                    {
                        graph.AddRoot(id, development);
                    }
                }
            }
        }

        return graph.Finish();
    }
}
