using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Go;

/// <summary>
/// Reads go.mod: every <c>require</c> entry becomes a Go module, Direct unless marked <c>// indirect</c>, at the
/// entry's line. <c>replace</c> directives are applied: a module replacement reports the module and version
/// that are built instead; a directory replacement keeps the required path with no version and a note, since
/// local code is not the published module. The go.sum beside it, when present, confirms the versions. The Go
/// toolchain (<c>go</c>, <c>toolchain</c>) is out of scope, and <c>exclude</c> changes nothing that is listed.
/// </summary>
public sealed class GoModExtractor : IExtractor
{
    /// <inheritdoc/>
    public string Format => "Go go.mod";

    /// <inheritdoc/>
    public bool Recognises(string path) => path[(path.LastIndexOf('/') + 1)..] == "go.mod";

    /// <inheritdoc/>
    public Extraction Extract(ExtractorInput input)
    {
        var extraction = new Extraction();
        var mod = GoModParser.Parse(input.Text, input.Path, extraction.Diagnostics);
        var sumText = input.ReadOther(input.Sibling("go.sum"));
        var sum = sumText is null ? null : GoSum.Read(sumText);
        foreach (var requirement in mod.Requirements)
        {
            extraction.Packages.Add(ToPackage(requirement, mod.ReplacementFor(requirement), sum, input.Path));
        }

        return extraction;
    }

    private static Package ToPackage(GoRequirement requirement, GoReplacement? replacement, GoSum? sum, string file)
    {
        var scope = requirement.Indirect ? DependencyScope.Transitive : DependencyScope.Direct;
        if (replacement is { IsLocal: true })
        {
            return new Package
            {
                Ecosystem = Ecosystems.Go,
                Name = requirement.Path,
                Version = "",
                Purl = Purl.For(Ecosystems.Go, requirement.Path, ""),
                File = file,
                Line = requirement.Line,
                Scope = scope,
                Note = $"{requirement.Path} {requirement.Version} is replaced by the local directory {replacement.NewPath} "
                    + $"(replace on line {replacement.Line}): that code is not the published module, so it has no version to match against advisories",
            };
        }

        var name = replacement?.NewPath ?? requirement.Path;
        var version = replacement?.NewVersion ?? requirement.Version;
        var notes = new List<string>();
        if (replacement is not null)
        {
            notes.Add($"replaces {requirement.Path} {requirement.Version} (replace on line {replacement.Line})");
        }

        if (sum is not null && !sum.Has(name, version))
        {
            notes.Add($"{name} {version} has no checksum in go.sum, so the version is not confirmed (go mod tidy would add it)");
        }

        return new Package
        {
            Ecosystem = Ecosystems.Go,
            Name = name,
            Version = version,
            Purl = Purl.For(Ecosystems.Go, name, version),
            File = file,
            Line = requirement.Line,
            Scope = scope,
            Note = notes.Count == 0 ? null : string.Join("; ", notes),
        };
    }
}
