using System.Text;
using System.Text.Json;
using Bulwark.Sdk;

namespace Bulwark.Cli.Commands;

/// <summary>The rule catalogue as JSON: one object per rule, every field of <see cref="RuleInfo"/>.</summary>
internal static class RuleCatalogueJson
{
    public static string List(IEnumerable<(string Scanner, RuleInfo Rule)> rules)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var (scanner, rule) in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("scanner", scanner);
                json.WriteString("severity", rule.Severity.Name());
                json.WriteString("title", rule.Title);
                json.WriteString("description", rule.Description);
                if (rule.Remediation is not null)
                {
                    json.WriteString("remediation", rule.Remediation);
                }

                json.WriteBoolean("enabledByDefault", rule.EnabledByDefault);
                Strings(json, "appliesTo", rule.AppliesTo);
                Strings(json, "references", rule.References);
                Strings(json, "tags", rule.Tags);
                Strings(json, "aliases", rule.Aliases);
                json.WriteStartObject("peers");
                foreach (var (tool, ids) in rule.PeerIds.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    Strings(json, tool, ids);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
