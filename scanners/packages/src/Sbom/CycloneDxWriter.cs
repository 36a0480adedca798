using System.Text.Json;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>
/// Writes an <see cref="SbomDocument"/> as CycloneDX 1.6 JSON: metadata (timestamp, the tool, the target as the
/// root component), one <c>library</c> component per purl with the purl as its bom-ref, the dependency graph
/// rooted at the target, and, when the document lists vulnerabilities, the <c>vulnerabilities</c> section
/// (which makes it a CycloneDX VEX document).
/// </summary>
public static class CycloneDxWriter
{
    /// <summary>The bom-ref of the root component (the scanned target); purls start with <c>pkg:</c>, so it cannot collide.</summary>
    public const string TargetRef = "bulwark:target";

    /// <summary>Property naming the OSV ecosystem with its release (<c>Debian:12</c>), written for OS packages.</summary>
    public const string EcosystemProperty = "bulwark:ecosystem";

    /// <summary>Property naming the source package an OS binary package was built from.</summary>
    public const string SourceNameProperty = "bulwark:source-name";

    /// <summary>Property holding the source package's version when it differs from the binary's.</summary>
    public const string SourceVersionProperty = "bulwark:source-version";

    /// <summary>The document as CycloneDX 1.6 JSON text.</summary>
    public static string Write(SbomDocument document) => SbomJsonOutput.Text(document, Write);

    /// <summary>Writes the document as CycloneDX 1.6 JSON (UTF-8) to <paramref name="output"/>.</summary>
    public static void Write(SbomDocument document, Stream output)
    {
        var graph = SbomGraph.Of(document);
        using var json = new Utf8JsonWriter(output, SbomJsonOutput.Options);
        json.WriteStartObject();
        json.WriteString("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json");
        json.WriteString("bomFormat", "CycloneDX");
        json.WriteString("specVersion", "1.6");
        json.WriteString("serialNumber", $"urn:uuid:{document.SerialNumber:D}");
        json.WriteNumber("version", 1);
        WriteMetadata(json, document);

        json.WriteStartArray("components");
        foreach (var component in graph.Components)
        {
            WriteComponent(json, component);
        }

        json.WriteEndArray();
        WriteDependencies(json, graph);
        if (document.Vulnerabilities.Count > 0)
        {
            CycloneDxVulnerabilityWriter.Write(json, document.Vulnerabilities);
        }

        json.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter json, SbomDocument document)
    {
        json.WriteStartObject("metadata");
        json.WriteString("timestamp", document.Created);
        json.WriteStartObject("tools");
        json.WriteStartArray("components");
        json.WriteStartObject();
        json.WriteString("type", "application");
        json.WriteString("name", document.ToolName);
        json.WriteString("version", document.ToolVersion);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("component");
        json.WriteString("type", "application");
        json.WriteString("bom-ref", TargetRef);
        json.WriteString("name", document.Target);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteComponent(Utf8JsonWriter json, SbomComponent component)
    {
        var package = component.Package;
        var (group, name) = GroupAndName(package);
        json.WriteStartObject();
        json.WriteString("type", "library");
        json.WriteString("bom-ref", component.Purl);
        if (group is not null)
        {
            json.WriteString("group", group);
        }

        json.WriteString("name", name);
        if (package.Version.Length > 0)
        {
            json.WriteString("version", package.Version);
        }

        // CycloneDX's "excluded" scope is for components not reachable at run time, which is what dev-only means.
        if (component.Development)
        {
            json.WriteString("scope", "excluded");
        }

        json.WriteString("purl", component.Purl);
        WriteProperties(json, package);
        json.WriteStartObject("evidence");
        json.WriteStartArray("occurrences");
        foreach (var occurrence in component.Occurrences)
        {
            json.WriteStartObject();
            json.WriteString("location", occurrence.File);
            if (occurrence.Line > 0)
            {
                json.WriteNumber("line", occurrence.Line);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter json, Package package)
    {
        var properties = new List<(string Name, string? Value)>
        {
            (EcosystemProperty, package.Release is null ? null : package.OsvEcosystem),
            (SourceNameProperty, package.SourceName),
            (SourceVersionProperty, package.SourceVersion),
        };
        if (properties.All(p => p.Value is null))
        {
            return;
        }

        json.WriteStartArray("properties");
        foreach (var (name, value) in properties.Where(p => p.Value is not null))
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("value", value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteDependencies(Utf8JsonWriter json, SbomGraph graph)
    {
        if (graph.Direct.Count == 0 && graph.DependsOn.Count == 0)
        {
            return;
        }

        json.WriteStartArray("dependencies");
        WriteDependency(json, TargetRef, graph.Direct);
        foreach (var (from, to) in graph.DependsOn)
        {
            WriteDependency(json, from, to);
        }

        json.WriteEndArray();
    }

    private static void WriteDependency(Utf8JsonWriter json, string reference, IReadOnlyList<string> dependsOn)
    {
        json.WriteStartObject();
        json.WriteString("ref", reference);
        json.WriteStartArray("dependsOn");
        foreach (var target in dependsOn)
        {
            json.WriteStringValue(target);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>CycloneDX's group is the Maven groupId, the npm scope or the Composer vendor; other ecosystems have none.</summary>
    private static (string? Group, string Name) GroupAndName(Package package)
    {
        var separator = package.Ecosystem switch
        {
            Ecosystems.Maven => ':',
            Ecosystems.Npm when package.Name.StartsWith('@') => '/',
            Ecosystems.Packagist => '/',
            _ => '\0',
        };
        var at = separator == '\0' ? -1 : package.Name.IndexOf(separator, StringComparison.Ordinal);
        return at > 0 ? (package.Name[..at], package.Name[(at + 1)..]) : (null, package.Name);
    }
}
