using Bulwark.Scanners.Packages.Formats.Json;

namespace Bulwark.Scanners.Packages.Extractors.JavaScript;

/// <summary>
/// The dependency lists of a package.json, read to learn what a project depends on directly when its
/// lockfile does not say (package-lock v1, yarn.lock).
/// </summary>
internal sealed class PackageJsonManifest
{
    /// <summary>Runtime dependencies (dependencies, optionalDependencies, peerDependencies), name → range.</summary>
    public List<KeyValuePair<string, string>> Runtime { get; } = [];

    /// <summary>devDependencies, name → range.</summary>
    public List<KeyValuePair<string, string>> Development { get; } = [];

    /// <summary>Whether it declares workspaces (whose own manifests list more direct dependencies).</summary>
    public bool HasWorkspaces { get; private set; }

    /// <summary>
    /// Reads the package.json at <paramref name="path"/> through <paramref name="input"/>, telling
    /// <paramref name="graph"/> when it is there but cannot be read; null when absent or unreadable.
    /// </summary>
    public static PackageJsonManifest? ReadFor(NpmLockGraph graph, string path, ExtractorInput input)
    {
        var (manifest, error) = Read(path, input.ReadOther);
        if (error is not null)
        {
            graph.Diagnose(path, 0, error);
        }

        return manifest;
    }

    /// <summary>
    /// Makes the dependencies that the package.json beside the lockfile declares the project's roots in
    /// <paramref name="graph"/>, for lockfiles that do not say which packages are direct (package-lock v1,
    /// yarn.lock). <paramref name="resolve"/> turns a declared name and range into the id of the package it
    /// installed, or null. Without a readable package.json the roots stay unknown.
    /// </summary>
    public static void AddRoots(NpmLockGraph graph, ExtractorInput input, Func<string, string, string?> resolve)
    {
        if (ReadFor(graph, input.Sibling("package.json"), input) is not { } manifest)
        {
            return;
        }

        graph.RootsKnown = true;
        graph.RootsPartial = manifest.HasWorkspaces;
        foreach (var (list, development) in new[] { (manifest.Runtime, false), (manifest.Development, true) })
        {
            foreach (var (name, range) in list)
            {
                if (resolve(name, range) is { } target)
                {
                    graph.AddRoot(target, development);
                }
            }
        }
    }

    /// <summary>Reads the package.json at <paramref name="path"/> through <paramref name="readOther"/>; null with no error when it is absent.</summary>
    public static (PackageJsonManifest? Manifest, string? Error) Read(string path, Func<string, string?> readOther)
    {
        var text = readOther(path);
        if (text is null)
        {
            return (null, null);
        }

        var root = LocatedJsonParser.Parse(text, out var error);
        if (error is not null)
        {
            return (null, $"package.json is not valid JSON ({error.Message} at line {error.Line}, column {error.Column}), so which dependencies are direct is not known");
        }

        if (root is not { Kind: JsonKind.Object })
        {
            return (null, "package.json is not a JSON object, so which dependencies are direct is not known");
        }

        var manifest = new PackageJsonManifest { HasWorkspaces = root["workspaces"] is not null };
        foreach (var list in (string[])["dependencies", "optionalDependencies", "peerDependencies", "devDependencies"])
        {
            // npm reads package.json with JSON.parse, where the last of repeated keys wins.
            if (root.Members.LastOrDefault(m => m.Name == list)?.Value is not { Kind: JsonKind.Object } map)
            {
                continue;
            }

            var into = list == "devDependencies" ? manifest.Development : manifest.Runtime;
            foreach (var (name, value) in map.Members.Where(d => d.Value.Kind == JsonKind.String))
            {
                into.Add(new(name, value.Text!));
            }
        }

        return (manifest, null);
    }
}
