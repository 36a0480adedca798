using System.Text;
using System.Text.Json;

namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>
/// Writes an <see cref="SbomDocument"/> as SPDX 2.3 JSON: the document describes a package standing for the
/// target, which depends on the direct dependencies (or has them as <c>DEV_DEPENDENCY_OF</c> when they are
/// development-only); each package names its purl in a <c>PACKAGE-MANAGER</c> external reference, and the
/// edges become <c>DEPENDS_ON</c> relationships. SPDX 2.3 has no place for vulnerabilities; they are not written.
/// </summary>
public static class SpdxWriter
{
    /// <summary>The SPDXID of the package standing for the scanned target.</summary>
    public const string TargetId = "SPDXRef-Target";

    /// <summary>The prefix of <c>sourceInfo</c> naming an OS package's source package (<c>source package: openssl 3.0.11-1</c>).</summary>
    public const string SourceInfoPrefix = "source package: ";

    /// <summary>The document as SPDX 2.3 JSON text.</summary>
    public static string Write(SbomDocument document) => SbomJsonOutput.Text(document, Write);

    /// <summary>Writes the document as SPDX 2.3 JSON (UTF-8) to <paramref name="output"/>.</summary>
    public static void Write(SbomDocument document, Stream output)
    {
        var graph = SbomGraph.Of(document);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < graph.Components.Count; i++)
        {
            ids[graph.Components[i].Purl] = $"SPDXRef-Package-{i + 1}-{IdText(graph.Components[i].Package.Name)}";
        }

        using var json = new Utf8JsonWriter(output, SbomJsonOutput.Options);
        json.WriteStartObject();
        json.WriteString("spdxVersion", "SPDX-2.3");
        json.WriteString("dataLicense", "CC0-1.0");
        json.WriteString("SPDXID", "SPDXRef-DOCUMENT");
        json.WriteString("name", document.Target);
        json.WriteString("documentNamespace", $"https://spdx.org/spdxdocs/{IdText(document.ToolName)}-{IdText(document.Target)}-{document.SerialNumber:D}");
        json.WriteStartObject("creationInfo");
        json.WriteString("created", document.Created);
        json.WriteStartArray("creators");
        json.WriteStringValue($"Tool: {document.ToolName}-{document.ToolVersion}");
        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartArray("packages");
        WriteTarget(json, document.Target);
        foreach (var component in graph.Components)
        {
            WritePackage(json, component, ids[component.Purl]);
        }

        json.WriteEndArray();
        WriteRelationships(json, graph, ids);
        json.WriteEndObject();
    }

    private static void WriteTarget(Utf8JsonWriter json, string target)
    {
        json.WriteStartObject();
        json.WriteString("SPDXID", TargetId);
        json.WriteString("name", target);
        json.WriteString("downloadLocation", "NOASSERTION");
        json.WriteBoolean("filesAnalyzed", false);
        json.WriteString("primaryPackagePurpose", "APPLICATION");
        json.WriteEndObject();
    }

    private static void WritePackage(Utf8JsonWriter json, SbomComponent component, string id)
    {
        var package = component.Package;
        json.WriteStartObject();
        json.WriteString("SPDXID", id);
        json.WriteString("name", package.Name);
        if (package.Version.Length > 0)
        {
            json.WriteString("versionInfo", package.Version);
        }

        // Bulwark reads lockfiles, not archives: it cannot assert where a package was downloaded or what licence it has.
        json.WriteString("downloadLocation", "NOASSERTION");
        json.WriteBoolean("filesAnalyzed", false);
        json.WriteString("licenseConcluded", "NOASSERTION");
        json.WriteString("licenseDeclared", "NOASSERTION");
        json.WriteString("copyrightText", "NOASSERTION");
        if (package.SourceName is { } source)
        {
            json.WriteString("sourceInfo", SourceInfoPrefix + source + (package.SourceVersion is { } version ? " " + version : ""));
        }

        json.WriteString("primaryPackagePurpose", "LIBRARY");
        json.WriteStartArray("externalRefs");
        json.WriteStartObject();
        json.WriteString("referenceCategory", "PACKAGE-MANAGER");
        json.WriteString("referenceType", "purl");
        json.WriteString("referenceLocator", component.Purl);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRelationships(Utf8JsonWriter json, SbomGraph graph, Dictionary<string, string> ids)
    {
        var development = graph.Components.Where(c => c.Development).Select(c => c.Purl).ToHashSet(StringComparer.Ordinal);
        json.WriteStartArray("relationships");
        WriteRelationship(json, "SPDXRef-DOCUMENT", "DESCRIBES", TargetId);
        foreach (var purl in graph.Direct)
        {
            // SPDX states dev-only use on the relationship: "X DEV_DEPENDENCY_OF target" rather than "target DEPENDS_ON X".
            if (development.Contains(purl))
            {
                WriteRelationship(json, ids[purl], "DEV_DEPENDENCY_OF", TargetId);
            }
            else
            {
                WriteRelationship(json, TargetId, "DEPENDS_ON", ids[purl]);
            }
        }

        foreach (var (from, targets) in graph.DependsOn)
        {
            foreach (var to in targets)
            {
                WriteRelationship(json, ids[from], "DEPENDS_ON", ids[to]);
            }
        }

        json.WriteEndArray();
    }

    private static void WriteRelationship(Utf8JsonWriter json, string element, string type, string related)
    {
        json.WriteStartObject();
        json.WriteString("spdxElementId", element);
        json.WriteString("relationshipType", type);
        json.WriteString("relatedSpdxElement", related);
        json.WriteEndObject();
    }

    /// <summary>Text safe in an SPDXID or a namespace URI: letters, digits, '.' and '-' (SPDXIDs allow no more).</summary>
    private static string IdText(string text)
    {
        var safe = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '-');
        }

        return safe.Length == 0 ? "unnamed" : safe.ToString();
    }
}
