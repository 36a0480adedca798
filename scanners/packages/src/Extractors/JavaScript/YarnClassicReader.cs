namespace Bulwark.Scanners.Packages.Extractors.JavaScript;

/// <summary>
/// yarn 1's lockfile: one entry per resolved package, headed by every <c>name@range</c> that resolved to it.
/// It does not say what the project depends on directly; package.json beside it does, when readable.
/// </summary>
internal static class YarnClassicReader
{
    /// <summary>Adds the packages, edges and roots of <paramref name="entries"/> to <paramref name="graph"/>.</summary>
    public static void Read(List<YarnNode> entries, NpmLockGraph graph, ExtractorInput input)
    {
        var bySelector = new Dictionary<string, string>(StringComparer.Ordinal);
        var added = new List<(string Id, YarnNode Entry)>();
        foreach (var entry in entries)
        {
            if (entry.Value is not null)
            {
                graph.Diagnose(entry.Line, $"\"{entry.Key}\" is not a package entry (it has no block beneath it); skipped");
                continue;
            }

            var selectors = entry.Selectors();
            var (declared, range) = YarnDescriptor.Split(selectors[0]);
            if (YarnDescriptor.IsLocal(range))
            {
                continue;
            }

            if (entry.ValueOf("version") is not { Length: > 0 } version)
            {
                graph.Diagnose(entry.Line, $"entry \"{entry.RawKey}\" has no version; skipped");
                continue;
            }

            // An alias (name@npm:real@^1) installs the real package under another name.
            var name = range.StartsWith("npm:", StringComparison.Ordinal) && YarnDescriptor.Split(range[4..]) is { Range.Length: > 0 } real
                ? real.Name
                : declared;
            var id = selectors[0];
            graph.AddNode(id, name, version, entry.Line, note: NpmSource.NoteFor(entry.ValueOf("resolved")));
            foreach (var selector in selectors)
            {
                bySelector.TryAdd(selector, id);
            }

            added.Add((id, entry));
        }

        foreach (var (id, entry) in added)
        {
            foreach (var dependency in entry.Block("dependencies").Concat(entry.Block("optionalDependencies")))
            {
                if (bySelector.TryGetValue($"{dependency.Key}@{dependency.Value}", out var target))
                {
                    graph.AddEdge(id, target);
                }
            }
        }

        PackageJsonManifest.AddRoots(graph, input, (name, range) => bySelector.TryGetValue($"{name}@{range}", out var target) ? target : null);
    }
}
