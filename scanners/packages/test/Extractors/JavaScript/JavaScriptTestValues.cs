using Bulwark.Scanners.Packages.Extractors;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Tests.Extractors.JavaScript;

/// <summary>Helpers for the npm-family extractor tests: fixture inputs and one-line package renderings.</summary>
internal static class JavaScriptTestValues
{
    /// <summary>The file <paramref name="file"/> of fixture folder <paramref name="scenario"/>, with its siblings readable.</summary>
    public static ExtractorInput Fixture(string scenario, string file)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "JavaScript", scenario);
        string? ReadOther(string path) => File.Exists(Path.Combine(folder, path)) ? File.ReadAllText(Path.Combine(folder, path)) : null;
        return ExtractorInput.FromText(file, File.ReadAllText(Path.Combine(folder, file)), ReadOther);
    }

    /// <summary>An inline file with the given siblings.</summary>
    public static ExtractorInput Inline(string path, string text, params (string Path, string Text)[] others) =>
        ExtractorInput.FromText(path, text, p => others.FirstOrDefault(o => o.Path == p).Text);

    /// <summary><c>name@version :line Scope</c>, with <c> dev</c> for development-only packages.</summary>
    public static string Show(Package package) =>
        $"{package.Name}@{package.Version} :{package.Line} {package.Scope}{(package.Development ? " dev" : "")}";

    /// <summary>Every package of <paramref name="extraction"/>, rendered by <see cref="Show"/>.</summary>
    public static string[] Rows(Extraction extraction) => extraction.Packages.Select(Show).ToArray();

    /// <summary>Edges as <c>from -> to</c> purls.</summary>
    public static string[] EdgeRows(Extraction extraction) => extraction.Edges.Select(e => $"{e.From} -> {e.To}").ToArray();

    /// <summary>Diagnostics as <c>file:line message</c>.</summary>
    public static string[] DiagnosticRows(Extraction extraction) => extraction.Diagnostics.Select(d => $"{d.File}:{d.Line} {d.Message}").ToArray();
}
