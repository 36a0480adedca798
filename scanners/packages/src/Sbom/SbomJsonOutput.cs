using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>How both SBOM writers (CycloneDX and SPDX) lay out their JSON, so the two formats read alike.</summary>
internal static class SbomJsonOutput
{
    /// <summary>
    /// Indented for people who open the file; purls, URLs and names are written as they are (no <c>\u002B</c> for
    /// <c>+</c>), since the output is a file, not HTML.
    /// </summary>
    public static JsonWriterOptions Options { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>What <paramref name="write"/> writes for <paramref name="document"/>, as text.</summary>
    public static string Text(SbomDocument document, Action<SbomDocument, Stream> write)
    {
        using var output = new MemoryStream();
        write(document, output);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
