using Bulwark.Scanners.Packages.Formats.Json;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.JavaScript;

/// <summary>
/// The nested <c>dependencies</c> tree of package-lock v1 (npm 5 and 6). Each entry's place in the tree is
/// turned into the node_modules path it is installed at, so <c>requires</c> resolve the way Node resolves
/// them. v1 does not list the project's own dependencies: they come from package.json beside the lockfile
/// when it can be read; otherwise a top-level entry's scope is unknown (it may be a hoisted transitive one)
/// while a nested entry is certainly transitive.
/// </summary>
internal static class PackageLockDependenciesReader
{
    /// <summary>Adds the packages, edges and roots of <paramref name="dependencies"/> to <paramref name="graph"/>.</summary>
    public static void Read(LocatedJson root, LocatedJson dependencies, NpmLockGraph graph, ExtractorInput input)
    {
        if (root.String("name") is { Length: > 0 } project)
        {
            graph.ProjectPurl = Purl.For(Ecosystems.Npm, project, root.String("version") ?? "");
        }

        var requires = new List<(string Path, LocatedJson Entry)>();
        Walk(dependencies, "", graph, requires);
        foreach (var (path, entry) in requires)
        {
            foreach (var (name, _) in entry.MembersOf("requires"))
            {
                if (NodeModulesPath.Resolve(path, name, graph.Has) is { } target)
                {
                    graph.AddEdge(path, target);
                }
            }
        }

        PackageJsonManifest.AddRoots(graph, input, (name, _) => NodeModulesPath.Resolve("", name, graph.Has));
    }

    private static void Walk(LocatedJson dependencies, string parent, NpmLockGraph graph, List<(string, LocatedJson)> requires)
    {
        // An entry's line is its key's: where the entry starts, even when its value opens on a later line.
        foreach (var (declared, line, _, entry) in dependencies.Members)
        {
            if (entry.Kind != JsonKind.Object)
            {
                graph.Diagnose(line, $"dependency entry \"{declared}\" is not an object; skipped");
                continue;
            }

            if (entry.String("version") is not { Length: > 0 } version)
            {
                graph.Diagnose(line, $"dependency \"{declared}\" has no version; skipped");
                continue;
            }

            // A folder linked with file: is the project's own code, not a package from anywhere.
            if (version.StartsWith("file:", StringComparison.Ordinal))
            {
                continue;
            }

            var path = NodeModulesPath.Child(parent, declared);
            var (name, exact, note) = Identify(declared, version, entry.String("resolved"));
            graph.AddNode(path, name, exact, line, development: entry.IsTrue("dev"),
                scope: parent.Length == 0 ? DependencyScope.Unknown : DependencyScope.Transitive, note: note);
            requires.Add((path, entry));
            if (entry["dependencies"] is { Kind: JsonKind.Object } nested)
            {
                Walk(nested, path, graph, requires);
            }
        }
    }

    /// <summary>The real name, exact version and source note of an entry: <c>npm:real@1.0.0</c> is an alias, a URL a git or tarball dependency without a registry version.</summary>
    private static (string Name, string Version, string? Note) Identify(string declared, string version, string? resolved)
    {
        if (version.StartsWith("npm:", StringComparison.Ordinal))
        {
            var real = version[4..];
            var at = real.LastIndexOf('@');
            return at > 0 ? (real[..at], real[(at + 1)..], NpmSource.NoteFor(resolved)) : (declared, real, NpmSource.NoteFor(resolved));
        }

        return NpmSource.IsVersion(version)
            ? (declared, version, NpmSource.NoteFor(resolved))
            : (declared, "", NpmSource.NoteFor(version) + "; the lockfile records no version for it");
    }
}
