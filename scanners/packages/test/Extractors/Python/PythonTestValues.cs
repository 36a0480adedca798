using Bulwark.Scanners.Packages.Extractors;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Python;

/// <summary>Helpers for the Python extractor tests: inline inputs and one-line renderings of what was read.</summary>
internal static class PythonTestValues
{
    /// <summary>An inline file whose siblings (by scan-relative path) are <paramref name="others"/>; any other path reads as absent.</summary>
    public static ExtractorInput Inline(string path, string text, params (string Path, string Text)[] others) =>
        ExtractorInput.FromText(path, text, p => others.FirstOrDefault(o => o.Path == p).Text);

    /// <summary><c>file:line name version purl Scope</c>, with <c> dev</c> for development-only packages and <c>-</c> for no version.</summary>
    public static string Show(Package package) =>
        $"{package.File}:{package.Line} {package.Name} {(package.Version.Length == 0 ? "-" : package.Version)} {package.Purl} {package.Scope}{(package.Development ? " dev" : "")}";

    /// <summary>Every package, rendered by <see cref="Show"/>.</summary>
    public static string[] Rows(Extraction extraction) => extraction.Packages.Select(Show).ToArray();

    /// <summary>Edges as <c>from -> to</c> purls.</summary>
    public static string[] EdgeRows(Extraction extraction) => extraction.Edges.Select(e => $"{e.From} -> {e.To}").ToArray();

    /// <summary>Diagnostics as <c>file:line message</c>.</summary>
    public static string[] DiagnosticRows(Extraction extraction) => extraction.Diagnostics.Select(d => $"{d.File}:{d.Line} {d.Message}").ToArray();

    /// <summary>Each package's note, in package order (<c>-</c> when it has none).</summary>
    public static string[] Notes(Extraction extraction) => extraction.Packages.Select(p => p.Note ?? "-").ToArray();
}
