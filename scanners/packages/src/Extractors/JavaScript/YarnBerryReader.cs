namespace Bulwark.Scanners.Packages.Extractors.JavaScript;

/// <summary>
/// yarn 2+'s lockfile: entries headed by descriptors (<c>name@npm:^1.0.0</c>), each with the
/// <c>resolution</c> locator it resolved to. Workspace entries (<c>name@workspace:path</c>) are the project
/// and list its direct dependencies, development ones merged in; which of those are development-only comes
/// from each workspace's package.json, when readable.
/// </summary>
internal static class YarnBerryReader
{
    /// <summary>Adds the packages, edges and roots of <paramref name="entries"/> to <paramref name="graph"/>.</summary>
    public static void Read(List<YarnNode> entries, NpmLockGraph graph, ExtractorInput input)
    {
        var byDescriptor = new Dictionary<string, string>(StringComparer.Ordinal);
        var added = new List<(string Id, YarnNode Entry)>();
        var workspaces = new List<(string Id, string Folder, YarnNode Entry)>();
        foreach (var entry in entries.Where(e => e.Key != "__metadata"))
        {
            if (entry.Value is not null)
            {
                graph.Diagnose(entry.Line, $"\"{entry.Key}\" is not a package entry (it has no block beneath it); skipped");
                continue;
            }

            if (entry.ValueOf("resolution") is not { Length: > 0 } resolution)
            {
                graph.Diagnose(entry.Line, $"entry \"{entry.Key}\" has no resolution; skipped");
                continue;
            }

            foreach (var descriptor in entry.Selectors())
            {
                byDescriptor.TryAdd(descriptor, resolution);
            }

            var (name, reference) = YarnDescriptor.Split(resolution);
            if (reference.StartsWith("workspace:", StringComparison.Ordinal))
            {
                workspaces.Add((resolution, reference["workspace:".Length..], entry));
                continue;
            }

            if (YarnDescriptor.IsLocal(reference))
            {
                continue;
            }

            var (version, note) = Identify(reference, entry.ValueOf("version"));
            if (version.Length == 0)
            {
                graph.Diagnose(entry.Line, $"entry \"{entry.Key}\" has no version; skipped");
                continue;
            }

            graph.AddNode(resolution, name, version, entry.Line, note: note);
            added.Add((resolution, entry));
        }

        string? Resolve(YarnNode dependency) =>
            byDescriptor.TryGetValue($"{dependency.Key}@{dependency.Value}", out var id) || byDescriptor.TryGetValue($"{dependency.Key}@npm:{dependency.Value}", out id)
                ? id
                : null;

        foreach (var (id, entry) in added)
        {
            foreach (var dependency in entry.Block("dependencies"))
            {
                if (Resolve(dependency) is { } target)
                {
                    graph.AddEdge(id, target);
                }
            }
        }

        graph.RootsKnown = workspaces.Count > 0;
        foreach (var (_, folder, entry) in workspaces)
        {
            var development = DevelopmentOnly(folder, input, graph);
            foreach (var dependency in entry.Block("dependencies"))
            {
                if (Resolve(dependency) is { } target)
                {
                    graph.AddRoot(target, development.Contains(dependency.Key));
                }
            }
        }
    }

    /// <summary>
    /// The version and source note of a resolution's reference: <c>npm:1.2.3</c> is a registry version; a
    /// <c>patch:</c> of an npm package is still that version (the project's own patch is noted, yarn's
    /// built-in compatibility patches are not); anything else keeps the entry's version with a note on where it came from.
    /// </summary>
    private static (string Version, string? Note) Identify(string reference, string? version)
    {
        if (reference.StartsWith("npm:", StringComparison.Ordinal))
        {
            return (version ?? reference[4..], null);
        }

        if (reference.StartsWith("patch:", StringComparison.Ordinal))
        {
            var hash = reference.IndexOf('#', StringComparison.Ordinal);
            var patched = Uri.UnescapeDataString(hash > 0 ? reference[6..hash] : reference[6..]);
            var (inner, note) = Identify(YarnDescriptor.Split(patched).Range, version);
            var builtin = reference.Contains("builtin<", StringComparison.Ordinal);
            return (inner, note ?? (builtin ? null : $"patched by the project ({(hash > 0 ? reference[(hash + 1)..] : reference)}): the patch may change which advisories apply"));
        }

        return (version ?? "", NpmSource.NoteFor(reference) ?? $"installed from {reference}, not from the npm registry: advisories for the registry package may not apply");
    }

    private static HashSet<string> DevelopmentOnly(string folder, ExtractorInput input, NpmLockGraph graph)
    {
        var path = input.Sibling(folder is "" or "." ? "package.json" : folder + "/package.json");
        if (PackageJsonManifest.ReadFor(graph, path, input) is not { } manifest)
        {
            return [];
        }

        var runtime = manifest.Runtime.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        return manifest.Development.Select(d => d.Key).Where(n => !runtime.Contains(n)).ToHashSet(StringComparer.Ordinal);
    }
}
