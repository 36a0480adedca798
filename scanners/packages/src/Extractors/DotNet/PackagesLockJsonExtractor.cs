using Bulwark.Scanners.Packages.Formats.Json;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.DotNet;

/// <summary>
/// Reads NuGet's packages.lock.json (versions 1 and 2): <c>dependencies</c> holds one object per target
/// framework (and runtime), each naming packages with their <c>type</c> and <c>resolved</c> version. Direct
/// entries are Direct; Transitive and CentralTransitive ones are Transitive; Project entries are other projects
/// of the solution, not packages. A package locked for several frameworks is listed once, at its first line
/// (Direct when any framework has it as Direct). Each package's <c>dependencies</c> give the edges, resolved
/// to the version locked for the same framework.
/// </summary>
public sealed class PackagesLockJsonExtractor : IExtractor
{
    /// <inheritdoc/>
    public string Format => "NuGet packages.lock.json (v1, v2)";

    /// <inheritdoc/>
    public bool Recognises(string path) => path[(path.LastIndexOf('/') + 1)..] == "packages.lock.json";

    /// <inheritdoc/>
    public Extraction Extract(ExtractorInput input)
    {
        var extraction = new Extraction();
        var root = SharedFormats.Json(input, extraction.Diagnostics);
        var brokenJson = extraction.Diagnostics.Count > 0;
        if (root is null)
        {
            return extraction;
        }

        if (root["version"] is { } version && version.Text is not ("1" or "2"))
        {
            extraction.Diagnostics.Add(new PackageDiagnostic(input.Path, version.Line, 0,
                $"lockfile version {version.Text} is not one this reader knows (1 or 2); it is read as version 2"));
        }

        if (root["dependencies"] is not { Kind: JsonKind.Object } frameworks)
        {
            if (!brokenJson)
            {
                extraction.Diagnostics.Add(new PackageDiagnostic(input.Path, root.Line, 0, "packages.lock.json has no \"dependencies\" object of target frameworks"));
            }

            return extraction;
        }

        var listed = new Dictionary<(string, string), int>();
        var edges = new HashSet<DependencyEdge>();
        foreach (var framework in frameworks.Members.Where(f => f.Value.Kind == JsonKind.Object))
        {
            var locked = Locked(framework.Value, input.Path, extraction.Diagnostics);
            foreach (var (entry, type, resolved) in locked.Values)
            {
                Add(extraction, listed, entry, type, resolved, input.Path);
            }

            foreach (var (entry, _, resolved) in locked.Values)
            {
                AddEdges(extraction, edges, entry, resolved, locked);
            }
        }

        return extraction;
    }

    // The packages of one framework, by name (NuGet ids are case-insensitive), with Project entries left out.
    private static Dictionary<string, (JsonMember Entry, string Type, string Resolved)> Locked(LocatedJson framework, string file, List<PackageDiagnostic> diagnostics)
    {
        var locked = new Dictionary<string, (JsonMember, string, string)>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in framework.Members)
        {
            var type = entry.Value.String("type") ?? "";
            if (type.Equals("Project", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (entry.Value.String("resolved") is not { Length: > 0 } resolved)
            {
                diagnostics.Add(new PackageDiagnostic(file, entry.Line, 0, $"{entry.Name} has no \"resolved\" version; it is skipped"));
                continue;
            }

            locked.TryAdd(entry.Name, (entry, type, resolved));
        }

        return locked;
    }

    private static void Add(Extraction extraction, Dictionary<(string, string), int> listed, JsonMember entry, string type, string resolved, string file)
    {
        var direct = type.Equals("Direct", StringComparison.OrdinalIgnoreCase);
        var key = (entry.Name.ToLowerInvariant(), resolved.ToLowerInvariant());
        if (listed.TryGetValue(key, out var index))
        {
            if (direct)
            {
                extraction.Packages[index] = extraction.Packages[index] with { Scope = DependencyScope.Direct };
            }

            return;
        }

        listed[key] = extraction.Packages.Count;
        extraction.Packages.Add(new Package
        {
            Ecosystem = Ecosystems.NuGet,
            Name = entry.Name,
            Version = resolved,
            Purl = Purl.For(Ecosystems.NuGet, entry.Name, resolved),
            File = file,
            Line = entry.Line,
            Scope = direct ? DependencyScope.Direct : DependencyScope.Transitive,
        });
    }

    private static void AddEdges(Extraction extraction, HashSet<DependencyEdge> edges, JsonMember entry, string resolved, Dictionary<string, (JsonMember Entry, string Type, string Resolved)> locked)
    {
        if (entry.Value["dependencies"] is not { Kind: JsonKind.Object } dependencies)
        {
            return;
        }

        var from = Purl.For(Ecosystems.NuGet, entry.Name, resolved);
        foreach (var dependency in dependencies.Members)
        {
            if (locked.TryGetValue(dependency.Name, out var to))
            {
                var edge = new DependencyEdge(from, Purl.For(Ecosystems.NuGet, to.Entry.Name, to.Resolved));
                if (edges.Add(edge))
                {
                    extraction.Edges.Add(edge);
                }
            }
        }
    }
}
