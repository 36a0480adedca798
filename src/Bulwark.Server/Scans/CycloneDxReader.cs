using System.Text.Json;
using Bulwark.Sdk;

namespace Bulwark.Server.Scans;

/// <summary>
/// Reads a CycloneDX BOM's <c>vulnerabilities</c> (1.4 to 1.6 JSON; Trivy, Grype, Dependency-Track and Bulwark write
/// them): one finding per vulnerability and affected component. The scanner is the BOM's tool (lower case), so a later
/// BOM of the same tool fixes what it no longer lists. A vulnerability whose analysis says the component is not
/// affected, a false positive or resolved is VEX speaking, and is not a finding.
/// </summary>
/// <remarks>
/// Severity: the highest of the ratings' <c>severity</c> (critical … info; <c>none</c> and <c>unknown</c> count as
/// info). Fingerprint: tool, vulnerability id and the component's purl (or name and version), so an upgrade that
/// leaves the vulnerability is the same finding, and one that fixes it lets the finding be fixed.
/// </remarks>
internal static class CycloneDxReader
{
    private static readonly string[] NotFindings = ["not_affected", "false_positive", "resolved", "resolved_with_pedigree"];

    public static bool Recognises(JsonElement root) => JsonText.Optional(root, "bomFormat") == "CycloneDX";

    public static IncomingScan Read(JsonElement root)
    {
        var tool = Tool(JsonText.Object(root, "metadata", "tools"));
        var scanner = ToolNames.Scanner(tool, "cyclonedx");
        var components = new Dictionary<string, (string Name, string? Purl)>(StringComparer.Ordinal);
        Collect(JsonText.Object(root, "components"), components);
        if (JsonText.Object(root, "metadata", "component") is { ValueKind: JsonValueKind.Object } main)
        {
            Collect(main, components);
        }

        var findings = new List<IncomingFinding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var vulnerability in JsonText.Items(JsonText.Object(root, "vulnerabilities")))
        {
            var where = $"vulnerabilities[{index++}]";
            var id = JsonText.Required(vulnerability, "id", where);
            if (JsonText.Optional(JsonText.Object(vulnerability, "analysis"), "state") is { } state && NotFindings.Contains(state))
            {
                continue;
            }

            var severity = Severity(JsonText.Object(vulnerability, "ratings"));
            var description = JsonText.Optional(vulnerability, "description") ?? JsonText.Optional(vulnerability, "detail") ?? id;
            foreach (var affected in JsonText.Items(JsonText.Object(vulnerability, "affects")))
            {
                var reference = JsonText.Required(affected, "ref", where + ".affects[]");
                var (name, purl) = components.TryGetValue(reference, out var component) ? component : (reference, null);
                var finding = new IncomingFinding(
                    Fingerprints.Of(scanner, id, purl ?? name), scanner, id, severity, $"{id} in {name}", description, purl ?? name, 0, null);
                if (seen.Add(finding.Fingerprint))
                {
                    findings.Add(finding);
                }
            }
        }

        return new IncomingScan(tool, JsonText.Optional(JsonText.Object(root, "metadata", "component"), "name"), DateTimeOffset.UtcNow, [scanner], findings);
    }

    // 1.5 and later list tools as components (and services); 1.4 as an array of {vendor, name, version}.
    private static string Tool(JsonElement tools)
    {
        var list = tools.ValueKind == JsonValueKind.Object ? JsonText.Object(tools, "components") : tools;
        return list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0 && JsonText.Optional(list[0], "name") is { } name ? name : "cyclonedx";
    }

    private static void Collect(JsonElement components, Dictionary<string, (string Name, string? Purl)> into)
    {
        foreach (var component in components.ValueKind == JsonValueKind.Object ? [components] : JsonText.Items(components))
        {
            var name = JsonText.Optional(component, "name") ?? "?";
            var label = JsonText.Optional(component, "version") is { } version ? $"{name}@{version}" : name;
            if (JsonText.Optional(component, "bom-ref") is { } reference)
            {
                into[reference] = (label, JsonText.Optional(component, "purl"));
            }

            Collect(JsonText.Object(component, "components"), into);
        }
    }

    private static int Severity(JsonElement ratings)
    {
        var highest = 0;
        foreach (var rating in JsonText.Items(ratings))
        {
            // none and unknown read as info.
            highest = Math.Max(highest, SeverityNames.TryParse(JsonText.Optional(rating, "severity"), out var severity) ? (int)severity : 0);
        }

        return highest;
    }
}
