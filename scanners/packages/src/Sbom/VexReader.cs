using Bulwark.Scanners.Packages.Formats.Json;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>
/// Reads VEX documents, OpenVEX (v0.0.1 and v0.2.0 JSON) and CycloneDX VEX (a BOM whose vulnerabilities carry
/// an analysis), into <see cref="VexStatement"/>s. The two are told apart by content: OpenVEX has
/// <c>statements</c>, CycloneDX has <c>bomFormat</c> or <c>vulnerabilities</c>. Bad input never throws; it
/// becomes a diagnostic with a line, and the other statements are still read.
/// </summary>
public static class VexReader
{
    /// <summary>Whether the file's name says it is VEX: <c>vex.json</c>, <c>openvex.json</c>, <c>*.vex.json</c>, <c>*.openvex.json</c>, <c>*.vex.cdx.json</c>.</summary>
    public static bool Recognises(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..].ToLowerInvariant();
        return name is "vex.json" or "openvex.json"
            || name.EndsWith(".vex.json", StringComparison.Ordinal) || name.EndsWith(".openvex.json", StringComparison.Ordinal)
            || name.EndsWith(".vex.cdx.json", StringComparison.Ordinal);
    }

    /// <summary>Reads the VEX document <paramref name="text"/>, found at <paramref name="file"/>.</summary>
    public static VexExtraction Read(string file, string text) => Read(file, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Reads the VEX document <paramref name="utf8"/>, found at <paramref name="file"/>.</summary>
    public static VexExtraction Read(string file, ReadOnlySpan<byte> utf8)
    {
        var result = new VexExtraction();
        if (LocatedJsonParser.Parse(utf8, out var error) is not { } root || error is not null)
        {
            // A broken VEX document is not read at all: a statement cut short could say the opposite of what was meant.
            result.Diagnostics.Add(new PackageDiagnostic(file, error!.Line, error.Column, $"not valid JSON: {error.Message}"));
        }
        else if (root["statements"] is not null)
        {
            OpenVexReader.Read(root, file, result);
        }
        else if (root.String("bomFormat") == "CycloneDX" || root["vulnerabilities"] is not null)
        {
            CycloneDxVexReader.Read(root, file, result);
        }
        else
        {
            result.Diagnostics.Add(new PackageDiagnostic(file, root.Line, root.Column,
                $"not a VEX document Bulwark reads: the document is {root.Describe()} with neither OpenVEX \"statements\" nor CycloneDX \"vulnerabilities\""));
        }

        return result;
    }

    /// <summary>The statement's product purl, or null after adding a diagnostic saying why it cannot be used.</summary>
    internal static string? ProductPurl(string? candidate, LocatedJson at, string file, VexExtraction result, string what)
    {
        if (candidate is null || !candidate.StartsWith("pkg:", StringComparison.OrdinalIgnoreCase))
        {
            result.Diagnostics.Add(new PackageDiagnostic(file, at.Line, at.Column,
                $"{what} '{candidate ?? "(none)"}' is not identified by a purl, so it cannot be matched to packages; it is skipped"));
            return null;
        }

        if (!PurlParser.TryParse(candidate, out _, out var error))
        {
            result.Diagnostics.Add(new PackageDiagnostic(file, at.Line, at.Column, $"{what}: {error}; it is skipped"));
            return null;
        }

        return candidate;
    }
}
