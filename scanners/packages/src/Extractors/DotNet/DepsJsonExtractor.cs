using Bulwark.Scanners.Packages.Formats.Json;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.DotNet;

/// <summary>
/// Reads a .NET application's <c>*.deps.json</c> (what the build ships beside the program). Each entry of
/// <c>libraries</c> whose <c>type</c> is <c>package</c> becomes a NuGet package, named and versioned by its
/// <c>Name/Version</c> key, at that key's line; projects, framework references and runtime packs are not
/// NuGet packages. The <c>targets</c> give the edges: a package a project depends on is Direct, any other
/// Transitive.
/// </summary>
public sealed class DepsJsonExtractor : IExtractor
{
    /// <inheritdoc/>
    public string Format => ".NET *.deps.json";

    /// <inheritdoc/>
    public bool Recognises(string path) => path.EndsWith(".deps.json", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public Extraction Extract(ExtractorInput input)
    {
        var extraction = new Extraction();
        var root = SharedFormats.Json(input, extraction.Diagnostics);
        var brokenJson = extraction.Diagnostics.Count > 0;
        if (root?["libraries"] is not { Kind: JsonKind.Object } libraries)
        {
            if (root is not null && !brokenJson)
            {
                extraction.Diagnostics.Add(new PackageDiagnostic(input.Path, root.Line, 0, "the deps.json has no \"libraries\" object"));
            }

            return extraction;
        }

        var types = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var library in libraries.Members)
        {
            types.TryAdd(library.Name, library.Value.String("type") ?? "");
        }

        var direct = Graph(root["targets"], types, extraction);
        foreach (var library in libraries.Members.Where(l => types[l.Name] == "package"))
        {
            var slash = library.Name.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0 || slash == library.Name.Length - 1)
            {
                extraction.Diagnostics.Add(new PackageDiagnostic(input.Path, library.Line, 0,
                    $"the library key '{library.Name}' is not 'Name/Version'; it is skipped"));
                continue;
            }

            var name = library.Name[..slash];
            var version = library.Name[(slash + 1)..];
            extraction.Packages.Add(new Package
            {
                Ecosystem = Ecosystems.NuGet,
                Name = name,
                Version = version,
                Purl = Purl.For(Ecosystems.NuGet, name, version),
                File = input.Path,
                Line = library.Line,
                Scope = direct is null ? DependencyScope.Unknown
                    : direct.Contains(library.Name) ? DependencyScope.Direct : DependencyScope.Transitive,
            });
        }

        return extraction;
    }

    // Adds the edges of every target (a target per framework and runtime) and returns the Name/Version keys
    // that a project depends on; null when the file has no targets to tell.
    private static HashSet<string>? Graph(LocatedJson? targets, Dictionary<string, string> types, Extraction extraction)
    {
        if (targets is not { Kind: JsonKind.Object } || targets.Members.Count == 0)
        {
            return null;
        }

        var direct = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var edges = new HashSet<DependencyEdge>();
        foreach (var library in targets.Members.SelectMany(t => t.Value.Members))
        {
            var fromType = types.GetValueOrDefault(library.Name, "");
            if (fromType is not ("package" or "project") || library.Value["dependencies"] is not { Kind: JsonKind.Object } dependencies)
            {
                continue;
            }

            foreach (var dependency in dependencies.Members)
            {
                var key = $"{dependency.Name}/{dependency.Value.Text}";
                if (types.GetValueOrDefault(key) != "package")
                {
                    continue;
                }

                if (fromType == "project")
                {
                    direct.Add(key);
                }

                var edge = new DependencyEdge(PurlOf(library.Name), PurlOf(key));
                if (edges.Add(edge))
                {
                    extraction.Edges.Add(edge);
                }
            }
        }

        return direct;
    }

    private static string PurlOf(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? Purl.For(Ecosystems.NuGet, key, "") : Purl.For(Ecosystems.NuGet, key[..slash], key[(slash + 1)..]);
    }
}
