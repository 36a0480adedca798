using Bulwark.Scanners.Packages.Formats.Json;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Php;

/// <summary>
/// Reads Composer's composer.lock: every object of <c>packages</c> and <c>packages-dev</c> (Development) is a
/// Packagist package at the line of its <c>"name"</c>, its version as written (<c>v6.4.8</c> keeps its v).
/// The lockfile does not say which packages the project asked for; the composer.json beside it does, so with it
/// the packages it requires are Direct and the rest Transitive (Unknown without it). Each package's
/// <c>require</c> gives the edges; platform requirements (<c>php</c>, <c>ext-*</c>) are not packages.
/// </summary>
public sealed class ComposerLockExtractor : IExtractor
{
    /// <inheritdoc/>
    public string Format => "PHP composer.lock";

    /// <inheritdoc/>
    public bool Recognises(string path) => path[(path.LastIndexOf('/') + 1)..] == "composer.lock";

    /// <inheritdoc/>
    public Extraction Extract(ExtractorInput input)
    {
        var extraction = new Extraction();
        var root = SharedFormats.Json(input, extraction.Diagnostics);
        if (root is null)
        {
            return extraction;
        }

        var direct = Declared(input);
        var locked = new List<(LocatedJson Entry, string Name, string Version)>();
        foreach (var (list, development) in new[] { ("packages", false), ("packages-dev", true) })
        {
            if (root[list] is not { } packages)
            {
                continue;
            }

            if (packages.Kind != JsonKind.Array)
            {
                extraction.Diagnostics.Add(new PackageDiagnostic(input.Path, packages.Line, 0, $"\"{list}\" should be an array of packages; it is skipped"));
                continue;
            }

            foreach (var entry in packages.Items)
            {
                if (Read(entry, input.Path, extraction.Diagnostics) is not { } package)
                {
                    continue;
                }

                locked.Add((entry, package.Name, package.Version));
                extraction.Packages.Add(package with
                {
                    Development = development,
                    Scope = direct is null ? DependencyScope.Unknown
                        : direct.Contains(package.Name) ? DependencyScope.Direct : DependencyScope.Transitive,
                });
            }
        }

        AddEdges(extraction, locked);
        return extraction;
    }

    private static Package? Read(LocatedJson entry, string file, List<PackageDiagnostic> diagnostics)
    {
        var name = entry.String("name");
        var version = entry.String("version");
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(version))
        {
            var line = entry.Member("name")?.Line ?? entry.Line;
            diagnostics.Add(new PackageDiagnostic(file, line, 0,
                $"a locked package needs a \"name\" and a \"version\", but this one has no {(string.IsNullOrWhiteSpace(name) ? "name" : $"version ({name})")}; it is skipped"));
            return null;
        }

        return new Package
        {
            Ecosystem = Ecosystems.Packagist,
            Name = name,
            Version = version,
            Purl = Purl.For(Ecosystems.Packagist, name, version),
            File = file,
            Line = entry.Member("name")!.Line,
        };
    }

    // The names composer.json requires (require and require-dev); null when there is no composer.json to ask.
    // Its own problems are not reported here: it is not the file being read.
    private static HashSet<string>? Declared(ExtractorInput input)
    {
        if (input.ReadOther(input.Sibling("composer.json")) is not { } text
            || LocatedJsonParser.Parse(text, out _) is not { } manifest)
        {
            return null;
        }

        return manifest.MembersOf("require").Concat(manifest.MembersOf("require-dev"))
            .Select(m => m.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static void AddEdges(Extraction extraction, List<(LocatedJson Entry, string Name, string Version)> locked)
    {
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, name, version) in locked)
        {
            byName.TryAdd(name, Purl.For(Ecosystems.Packagist, name, version));
        }

        var edges = new HashSet<DependencyEdge>();
        foreach (var (entry, name, version) in locked)
        {
            var from = Purl.For(Ecosystems.Packagist, name, version);
            foreach (var requirement in entry.MembersOf("require"))
            {
                if (byName.TryGetValue(requirement.Name, out var to) && edges.Add(new DependencyEdge(from, to)))
                {
                    extraction.Edges.Add(new DependencyEdge(from, to));
                }
            }
        }
    }
}
