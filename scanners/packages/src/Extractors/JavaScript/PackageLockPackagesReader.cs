using Bulwark.Scanners.Packages.Formats.Json;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.JavaScript;

/// <summary>
/// The <c>packages</c> map of package-lock v2 and v3: <c>""</c> is the project, <c>node_modules/…</c> paths
/// are installed packages, and any other path is a workspace or local folder whose dependencies, like the
/// project's, are direct. <c>link: true</c> entries point at such folders and are not registry packages.
/// </summary>
internal static class PackageLockPackagesReader
{
    private static readonly string[] RuntimeLists = ["dependencies", "optionalDependencies", "peerDependencies"];

    /// <summary>Adds the packages, edges and roots of <paramref name="packages"/> to <paramref name="graph"/>.</summary>
    public static void Read(LocatedJson packages, NpmLockGraph graph)
    {
        // Each entry is kept with its key's line: where the entry starts, even when its value opens on a later line.
        var entries = new Dictionary<string, (int Line, LocatedJson Entry)>(StringComparer.Ordinal);
        foreach (var (path, line, _, entry) in packages.Members)
        {
            if (entry.Kind != JsonKind.Object)
            {
                graph.Diagnose(line, $"package entry \"{path}\" is not an object; skipped");
                continue;
            }

            entries.TryAdd(path, (line, entry));
        }

        if (entries.TryGetValue("", out var found))
        {
            graph.RootsKnown = true;
            var project = found.Entry;
            if (project.String("name") is { Length: > 0 } name)
            {
                graph.ProjectPurl = Purl.For(Ecosystems.Npm, name, project.String("version") ?? "");
            }
        }

        foreach (var (path, (line, entry)) in entries)
        {
            if (path.Length == 0 || !NodeModulesPath.IsInstalled(path) || entry.IsTrue("link"))
            {
                continue;
            }

            if (entry.String("version") is not { Length: > 0 } version)
            {
                graph.Diagnose(line, $"package \"{path}\" has no version; skipped");
                continue;
            }

            var name = entry.String("name") ?? NodeModulesPath.NameOf(path);
            var nested = path.IndexOf("/node_modules/", StringComparison.Ordinal) > 0 && path.StartsWith("node_modules/", StringComparison.Ordinal);
            graph.AddNode(path, name, version, line, development: entry.IsTrue("dev"),
                scope: nested ? DependencyScope.Transitive : DependencyScope.Unknown, note: NpmSource.NoteFor(entry.String("resolved")));
        }

        bool Installed(string path) => graph.Has(path);
        foreach (var (path, (_, entry)) in entries)
        {
            var local = path.Length == 0 || !NodeModulesPath.IsInstalled(path);
            if (!local && !graph.Has(path))
            {
                continue;
            }

            var owner = path.Length > 0 && local && entry.String("name") is { Length: > 0 } workspace
                ? Purl.For(Ecosystems.Npm, workspace, entry.String("version") ?? "")
                : null;

            foreach (var list in RuntimeLists.Append("devDependencies"))
            {
                if (!local && list == "devDependencies")
                {
                    // An installed package's devDependencies are never installed for it.
                    continue;
                }

                foreach (var (name, _) in entry.MembersOf(list))
                {
                    if (NodeModulesPath.Resolve(path, name, Installed) is not { } target)
                    {
                        continue;
                    }

                    if (local)
                    {
                        graph.AddRoot(target, development: list == "devDependencies", owner);
                    }
                    else
                    {
                        graph.AddEdge(path, target);
                    }
                }
            }
        }
    }
}
