using Bulwark.Scanners.Packages.Extractors;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Tests.Sbom;

/// <summary>Loads the hand-written documents under Fixtures/Sbom and renders results as comparable rows.</summary>
internal static class SbomFixtures
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sbom", name));

    public static ExtractorInput Input(string name) => ExtractorInput.FromText($"sboms/{name}", Text(name));

    /// <summary>One row per package: ecosystem with release, name, version, line, scope, dev flag and source package.</summary>
    public static List<string> Rows(Extraction extraction) =>
    [
        .. extraction.Packages.Select(p =>
            $"{p.OsvEcosystem}|{p.Name}|{p.Version}|:{p.Line}|{p.Scope}{(p.Development ? " dev" : "")}{(p.SourceName is null ? "" : $" src={p.SourceName}")}"),
    ];

    public static List<string> Edges(Extraction extraction) => [.. extraction.Edges.Select(e => $"{e.From} -> {e.To}")];

    public static List<string> Diagnostics(IEnumerable<PackageDiagnostic> diagnostics) => [.. diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Message}")];
}
