using System.Globalization;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.JavaScript;

/// <summary>
/// pnpm-lock.yaml, lockfileVersion 5.x, 6.x and 9.x. Importers (or, in a single-project v5/v6 file, the
/// top-level dependency maps) are the project's direct dependencies; <c>packages</c> (v5/v6) or
/// <c>snapshots</c> (v9) hold the graph. Peer-dependency variants of one version are one package.
/// </summary>
public sealed class PnpmLockExtractor : IExtractor
{
    private static readonly string[] DependencyMaps = ["dependencies", "optionalDependencies", "devDependencies"];

    /// <inheritdoc />
    public string Format => "pnpm-lock.yaml (lockfileVersion 5, 6, 9)";

    /// <inheritdoc />
    public bool Recognises(string path) => path == "pnpm-lock.yaml" || path.EndsWith("/pnpm-lock.yaml", StringComparison.Ordinal);

    /// <inheritdoc />
    public Extraction Extract(ExtractorInput input)
    {
        var graph = new NpmLockGraph(input.Path);
        var (root, error) = YamlTree.Parse(input.Text);
        if (error is { } e)
        {
            graph.Diagnose(e.Line, e.Message + (root is null ? "" : "; entries before this point were read"), e.Column);
        }

        if (root is null || !root.IsMap)
        {
            if (root is not null)
            {
                graph.Diagnose(root.Line, "not a pnpm lockfile: the document is not a mapping");
            }

            return graph.Finish();
        }

        var dialect = DialectOf(root, graph);
        var packages = root.Map("packages").ToList();
        var explicitDev = dialect != PnpmDialect.V9 && packages.Any(p => p.Value.Scalar("dev") is not null);
        foreach (var (key, entry) in packages)
        {
            AddPackage(key, entry, dialect, explicitDev, graph);
        }

        var graphEntries = dialect == PnpmDialect.V9 ? root.Map("snapshots") : packages;
        foreach (var (key, entry) in graphEntries)
        {
            var from = dialect == PnpmDialect.V9 ? PnpmKey.WithoutPeers(key) : key;
            foreach (var (name, reference) in entry.Map("dependencies").Concat(entry.Map("optionalDependencies")))
            {
                if (Resolve(name, reference.Text, dialect, graph) is { } to)
                {
                    graph.AddEdge(from, to);
                }
            }
        }

        // v5 and v6 files of a single project list its dependencies at the top instead of under importers.
        var importers = root["importers"] is { IsMap: true } map ? map.Entries.Select(i => i.Value).ToList()
            : DependencyMaps.Any(list => root[list] is not null) ? [root]
            : [];
        graph.RootsKnown = importers.Count > 0;
        foreach (var importer in importers)
        {
            foreach (var list in DependencyMaps)
            {
                foreach (var (name, dependency) in importer.Map(list))
                {
                    // v5 writes the version as the value; v6 and v9 write { specifier, version }.
                    var reference = dependency.IsMap ? dependency.Scalar("version") ?? "" : dependency.Text;
                    if (Resolve(name, reference, dialect, graph) is { } to)
                    {
                        graph.AddRoot(to, list == "devDependencies");
                    }
                }
            }
        }

        return graph.Finish();
    }

    private static void AddPackage(string key, YamlTreeNode entry, PnpmDialect dialect, bool explicitDev, NpmLockGraph graph)
    {
        var resolution = entry["resolution"];
        if (key.StartsWith("file:", StringComparison.Ordinal) || key.Contains("@file:", StringComparison.Ordinal)
            || key.Contains("@link:", StringComparison.Ordinal) || resolution?.Scalar("type") == "directory")
        {
            // A local folder is the project's own code, not a package from anywhere.
            return;
        }

        var (name, version) = PnpmKey.Parse(key, dialect);
        name = entry.Scalar("name") ?? name;
        version = entry.Scalar("version") ?? version;
        if (name.Length == 0 || version.Length == 0)
        {
            graph.Diagnose(entry.Line, $"cannot tell the package name and version from \"{key}\", and the entry does not give them; skipped");
            return;
        }

        var note = resolution?.Scalar("tarball") is { } tarball ? NpmSource.NoteFor(tarball)
            : resolution?.Scalar("repo") is { } repo ? NpmSource.NoteFor($"git+{repo}#{resolution.Scalar("commit")}")
            : null;
        bool? development = explicitDev ? entry.Scalar("dev") == "true" : null;
        graph.AddNode(dialect == PnpmDialect.V9 ? PnpmKey.WithoutPeers(key) : key, name, version, entry.Line, development, note: note);
    }

    private static string? Resolve(string name, string reference, PnpmDialect dialect, NpmLockGraph graph)
    {
        foreach (var candidate in PnpmKey.Candidates(name, reference, dialect))
        {
            var id = dialect == PnpmDialect.V9 ? PnpmKey.WithoutPeers(candidate) : candidate;
            if (graph.Has(id))
            {
                return id;
            }
        }

        return null;
    }

    private static PnpmDialect DialectOf(YamlTreeNode root, NpmLockGraph graph)
    {
        var written = root.Scalar("lockfileVersion");
        var major = written is null ? -1
            : int.TryParse(written.Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1;
        switch (major)
        {
            case 5:
                return PnpmDialect.V5;
            case 6 or 7:
                return PnpmDialect.V6;
            case 9:
                return PnpmDialect.V9;
        }

        // Guess from the shape, and say so: the keys of an unknown layout may be misread.
        var guess = root["snapshots"] is not null ? PnpmDialect.V9
            : root.Map("packages").Any(p => p.Key.IndexOf('@', 2) > 0) ? PnpmDialect.V6
            : PnpmDialect.V5;
        var layout = guess switch { PnpmDialect.V5 => "5.x", PnpmDialect.V6 => "6.x", _ => "9.x" };
        graph.Diagnose(root["lockfileVersion"]?.Line ?? 1, written is null
            ? $"no lockfileVersion; read as the {layout} layout, which the file resembles"
            : $"lockfileVersion {written} is not one this reader knows (5.x, 6.x, 9.x); read as the {layout} layout, which the file resembles");
        return guess;
    }
}
