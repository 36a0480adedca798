using Bulwark.Rules;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Detection.Sigma.Loading;

/// <summary>The metadata detection rules and correlation rules share, read and checked once for both.</summary>
internal sealed record RuleHeader(
    string? Id, string? Name, string Title, string? Status, string? Level, string? Description, string? Author,
    IReadOnlyList<string> References, IReadOnlyList<string> Tags, IReadOnlyList<string> FalsePositives, string? Date, string? Modified)
{
    private static readonly string[] Statuses = ["stable", "test", "experimental", "deprecated", "unsupported"];
    private static readonly string[] Levels = ["informational", "low", "medium", "high", "critical"];

    /// <summary>
    /// Reads the header and names the rule in <paramref name="context"/> (by id, else title) for later messages.
    /// Keys the specification does not define are allowed ("arbitrary custom fields").
    /// </summary>
    public static RuleHeader Read(YamlMap map, RuleContext context)
    {
        var id = map.Text("id");
        var title = map.Text("title");
        context.Label = id is not null ? $"rule {id}" : title is not null ? $"rule '{title}'" : "rule";
        if (string.IsNullOrWhiteSpace(title))
        {
            context.Refuse(context.DocumentWhere, "missing required key 'title'");
        }

        return new RuleHeader(
            id, map.Text("name"), title ?? "", OneOf(map, "status", Statuses, context), OneOf(map, "level", Levels, context),
            map.Text("description"), map.Text("author"), map.TextList("references"), map.TextList("tags"),
            map.TextList("falsepositives"), map.Text("date"), map.Text("modified"));
    }

    private static string? OneOf(YamlMap map, string key, string[] allowed, RuleContext context)
    {
        var value = map.Text(key);
        if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
        {
            context.Refuse(map.Where(key), $"{key} '{value}' is not one of {string.Join(", ", allowed)}");
        }

        return value;
    }
}
