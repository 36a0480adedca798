using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Ruby;

/// <summary>
/// Reads Bundler's Gemfile.lock (and gems.locked). Each spec of a GEM section becomes a RubyGems package at its
/// line, its version without the platform suffix (<c>1.16.0-x86_64-linux</c> → <c>1.16.0</c>); the builds of one
/// version for several platforms are one package, at the first line. Gems from GIT, PATH and plugin sources are
/// not rubygems.org releases and are not listed. A gem named in DEPENDENCIES, or needed by a PATH gem (the
/// project's own gemspec), is Direct; the others are Transitive. A spec's dependency lines give the edges.
/// </summary>
public sealed class GemfileLockExtractor : IExtractor
{
    /// <inheritdoc/>
    public string Format => "Ruby Gemfile.lock";

    /// <inheritdoc/>
    public bool Recognises(string path) => path[(path.LastIndexOf('/') + 1)..] is "Gemfile.lock" or "gems.locked";

    /// <inheritdoc/>
    public Extraction Extract(ExtractorInput input)
    {
        var extraction = new Extraction();
        var (specs, declared) = GemfileLockParser.Parse(input.Text, input.Path, extraction.Diagnostics);
        var gems = new Dictionary<string, GemSpec>(StringComparer.Ordinal);
        foreach (var spec in specs.Where(s => s.FromGemServer))
        {
            gems.TryAdd(spec.Name, spec);
        }

        var direct = new HashSet<string>(declared ?? [], StringComparer.Ordinal);
        direct.UnionWith(specs.Where(s => s.Section == "PATH").SelectMany(s => s.Dependencies));
        var listed = new HashSet<(string, string)>();
        var edges = new HashSet<DependencyEdge>();
        foreach (var spec in specs.Where(s => s.FromGemServer && listed.Add((s.Name, s.Version))))
        {
            extraction.Packages.Add(new Package
            {
                Ecosystem = Ecosystems.RubyGems,
                Name = spec.Name,
                Version = spec.Version,
                Purl = PurlOf(spec),
                File = input.Path,
                Line = spec.Line,
                Scope = declared is null ? DependencyScope.Unknown
                    : direct.Contains(spec.Name) ? DependencyScope.Direct : DependencyScope.Transitive,
            });

            foreach (var name in spec.Dependencies)
            {
                var edge = gems.TryGetValue(name, out var to) ? new DependencyEdge(PurlOf(spec), PurlOf(to)) : null;
                if (edge is not null && edges.Add(edge))
                {
                    extraction.Edges.Add(edge);
                }
            }
        }

        return extraction;
    }

    private static string PurlOf(GemSpec spec) => Purl.For(Ecosystems.RubyGems, spec.Name, spec.Version);
}
