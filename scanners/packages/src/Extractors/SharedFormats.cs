using System.Text;
using Bulwark.Scanners.Packages.Formats.Json;
using Bulwark.Scanners.Packages.Formats.Xml;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors;

/// <summary>
/// Reads JSON lockfiles (packages.lock.json, *.deps.json, composer.lock) and XML project files (MSBuild, pom.xml)
/// with the readers in Formats/, turning a syntax error into the diagnostic these extractors share: where the
/// file broke, and that what came before that point was read.
/// </summary>
internal static class SharedFormats
{
    /// <summary>
    /// The root value of <paramref name="input"/>'s content, complete or up to the first error; null when not
    /// even the first value could be read. A syntax error goes to <paramref name="diagnostics"/>.
    /// </summary>
    public static LocatedJson? Json(ExtractorInput input, List<PackageDiagnostic> diagnostics)
    {
        var root = LocatedJsonParser.Parse(input.Bytes.Length > 0 ? input.Bytes.Span : Encoding.UTF8.GetBytes(input.Text), out var error);
        if (error is not null)
        {
            diagnostics.Add(new PackageDiagnostic(input.Path, error.Line, error.Column,
                $"not valid JSON: {error.Message}; only what comes before this point was read"));
        }

        return root;
    }

    /// <summary>
    /// The root element of <paramref name="text"/>, the content of <paramref name="file"/>, complete or up to the
    /// first error; null when none was read. A syntax error goes to <paramref name="diagnostics"/>.
    /// </summary>
    public static XmlLineElement? Xml(string text, string file, List<PackageDiagnostic> diagnostics)
    {
        var root = XmlLineReader.Parse(text, out var error);
        if (error is not null)
        {
            diagnostics.Add(new PackageDiagnostic(file, error.Line, error.Column,
                $"not well-formed XML: {error.Message}; only what comes before this point was read"));
        }

        return root;
    }
}
