using System.Text;
using System.Text.Json;
using Bulwark.Sdk;

namespace Bulwark.Reporters.Sarif;

/// <summary>Writes <c>tool.driver.rules</c>: what each enabled rule is, so viewers can show help beside a result.</summary>
internal static class SarifRules
{
    /// <summary>Writes the rules and returns each rule id's index, which results cite as <c>ruleIndex</c>.</summary>
    public static IReadOnlyDictionary<string, int> Write(Utf8JsonWriter json, IReadOnlyList<RuleInfo> rules)
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            // A duplicate id would make ruleIndex ambiguous; the first definition wins.
            if (!indexes.TryAdd(rule.Id, indexes.Count))
            {
                continue;
            }

            WriteRule(json, rule);
        }

        json.WriteEndArray();
        return indexes;
    }

    private static void WriteRule(Utf8JsonWriter json, RuleInfo rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        var name = SarifMapping.PascalCase(rule.Title);
        if (name.Length > 0)
        {
            json.WriteString("name", name);
        }

        WriteMessage(json, "shortDescription", rule.Title);
        WriteMessage(json, "fullDescription", rule.Description.Length > 0 ? rule.Description : rule.Title);
        if (rule.References.FirstOrDefault(IsWebLink) is { } helpUri)
        {
            json.WriteString("helpUri", new Uri(helpUri).AbsoluteUri);
        }

        json.WriteStartObject("help");
        json.WriteString("text", HelpText(rule));
        json.WriteString("markdown", HelpMarkdown(rule));
        json.WriteEndObject();

        json.WriteStartObject("defaultConfiguration");
        json.WriteBoolean("enabled", rule.EnabledByDefault);
        json.WriteString("level", SarifMapping.Level(rule.Severity));
        json.WriteEndObject();

        json.WriteStartObject("properties");
        json.WriteStartArray("tags");

        // GitHub only applies security-severity to rules tagged "security".
        json.WriteStringValue("security");
        foreach (var tag in rule.Tags.Where(t => t != "security"))
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        json.WriteString("security-severity", SarifMapping.SecuritySeverity(rule.Severity));
        json.WriteString("severity", rule.Severity.Name());
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string HelpText(RuleInfo rule)
    {
        var text = new StringBuilder(rule.Description.Length > 0 ? rule.Description : rule.Title);
        if (rule.Remediation is { Length: > 0 } remediation)
        {
            text.Append("\n\nRemediation: ").Append(remediation);
        }

        if (rule.References.Count > 0)
        {
            text.Append("\n\nReferences:");
            foreach (var reference in rule.References)
            {
                text.Append("\n- ").Append(reference);
            }
        }

        return text.ToString();
    }

    private static string HelpMarkdown(RuleInfo rule)
    {
        var text = new StringBuilder(rule.Description.Length > 0 ? rule.Description : rule.Title);
        if (rule.Remediation is { Length: > 0 } remediation)
        {
            text.Append("\n\n**Remediation:** ").Append(remediation);
        }

        if (rule.References.Count > 0)
        {
            text.Append("\n\n**References:**\n");
            foreach (var reference in rule.References)
            {
                text.Append("\n- ").Append(IsWebLink(reference) ? $"<{reference}>" : reference);
            }
        }

        return text.ToString();
    }

    private static bool IsWebLink(string reference) =>
        Uri.TryCreate(reference, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
