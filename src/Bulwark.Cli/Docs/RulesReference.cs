using System.Text;
using Bulwark.Sdk;

namespace Bulwark.Cli.Docs;

/// <summary>
/// Renders <c>docs/rules.md</c>, one section per built-in rule, from the rules themselves; a test fails when
/// the page is stale, so a rule's documentation is never out of step with the rule.
/// </summary>
public static class RulesReference
{
    /// <summary>The Markdown page of every built-in rule, grouped by scanner, sorted by id.</summary>
    public static string Render(IReadOnlyList<IScannerModule> scanners)
    {
        var text = new StringBuilder();
        text.AppendLine("# Built-in rules");
        text.AppendLine();
        text.AppendLine("Generated from the rule files; a test fails when this page is stale. Regenerate it with");
        text.AppendLine("`BULWARK_UPDATE_DOCS=1 dotnet test tests/Bulwark.Cli.Tests`. `bulwark rules list` prints the same list.");
        foreach (var scanner in scanners)
        {
            var rules = scanner.BuiltInRules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
            text.AppendLine();
            text.AppendLine($"## {scanner.Info.Id} ({rules.Count} rules)");
            text.AppendLine();
            text.AppendLine("| rule | severity | title |");
            text.AppendLine("|---|---|---|");
            foreach (var rule in rules)
            {
                text.AppendLine($"| [`{rule.Id}`](#{Anchor(rule.Id)}) | {rule.Severity.Name()} | {rule.Title} |");
            }

            foreach (var rule in rules)
            {
                Section(text, rule);
            }
        }

        return text.ToString();
    }

    private static void Section(StringBuilder text, RuleInfo rule)
    {
        text.AppendLine();
        text.AppendLine($"### {rule.Id}");
        text.AppendLine();
        text.AppendLine($"**{rule.Title}** · severity {rule.Severity.Name()}{(rule.EnabledByDefault ? "" : " · off by default")}{(rule.Tags.Count > 0 ? " · tags: " + string.Join(", ", rule.Tags) : "")}");
        text.AppendLine();
        text.AppendLine(rule.Description.Trim());
        if (rule.Remediation is { Length: > 0 } remediation)
        {
            text.AppendLine();
            text.AppendLine($"*Remediation:* {remediation.Trim()}");
        }

        if (rule.References.Count > 0)
        {
            text.AppendLine();
            text.AppendLine($"*References:* {string.Join(", ", rule.References.Select(Link))}");
        }
    }

    private static string Link(string reference) =>
        reference.StartsWith("http", StringComparison.Ordinal) ? $"<{reference}>"
        : reference.StartsWith("CWE-", StringComparison.Ordinal) ? $"[{reference}](https://cwe.mitre.org/data/definitions/{reference[4..]}.html)"
        : reference;

    private static string Anchor(string id) => id.Replace("/", "", StringComparison.Ordinal);
}
