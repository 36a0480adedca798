using Bulwark.Scanners.Packages.Extractors;
using Bulwark.Scanners.Packages.Formats.Json;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>
/// Reads an SBOM someone else made (CycloneDX 1.4 to 1.6 JSON, or SPDX 2.2/2.3 JSON; told apart by content) into
/// packages, so Bulwark can check the components of something it cannot scan itself. Each package's file is the
/// SBOM and its line the line of its component object.
/// </summary>
public sealed class SbomReader : IExtractor
{
    /// <inheritdoc/>
    public string Format => "SBOM (CycloneDX 1.4-1.6 JSON, SPDX 2.3 JSON)";

    /// <summary>By name: <c>bom.json</c>, <c>sbom.json</c>, and <c>*.cdx.json</c>, <c>*.bom.json</c>, <c>*.sbom.json</c>, <c>*.spdx.json</c>.</summary>
    public bool Recognises(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..].ToLowerInvariant();
        return name is "bom.json" or "sbom.json"
            || name.EndsWith(".cdx.json", StringComparison.Ordinal) || name.EndsWith(".bom.json", StringComparison.Ordinal)
            || name.EndsWith(".sbom.json", StringComparison.Ordinal) || name.EndsWith(".spdx.json", StringComparison.Ordinal);
    }

    /// <inheritdoc/>
    public Extraction Extract(ExtractorInput input)
    {
        var extraction = new Extraction();
        var bytes = input.Bytes.Length > 0 ? input.Bytes.Span : System.Text.Encoding.UTF8.GetBytes(input.Text);
        if (LocatedJsonParser.Parse(bytes, out var error) is not { } root || error is not null)
        {
            // A broken SBOM is not read at all: a partial component list would look like a complete one.
            extraction.Diagnostics.Add(new PackageDiagnostic(input.Path, error!.Line, error.Column, $"not valid JSON: {error.Message}"));
            return extraction;
        }

        if (root.String("bomFormat") == "CycloneDX")
        {
            CycloneDxReader.Read(root, input.Path, extraction);
        }
        else if (root["spdxVersion"] is not null)
        {
            SpdxReader.Read(root, input.Path, extraction);
        }
        else
        {
            var what = root.Kind == JsonKind.Object ? "an object" : root.Describe();
            extraction.Diagnostics.Add(new PackageDiagnostic(input.Path, root.Line, root.Column,
                $"not an SBOM Bulwark reads: the document is {what} without \"bomFormat\": \"CycloneDX\" or \"spdxVersion\""));
        }

        return extraction;
    }
}
