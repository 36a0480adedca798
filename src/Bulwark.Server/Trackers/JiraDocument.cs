using System.Text.Json.Nodes;

namespace Bulwark.Server.Trackers;

/// <summary>
/// An issue's description for JIRA: plain text with JIRA's wiki link for REST API v2, an Atlassian Document Format
/// document (<c>{"type":"doc","version":1,…}</c>) for v3, which refuses plain text there.
/// </summary>
internal static class JiraDocument
{
    public static JsonNode Description(int apiVersion, FindingEvent.Snapshot f) => apiVersion == 2 ? Text(f) : Adf(f);

    private static JsonNode Text(FindingEvent.Snapshot f)
    {
        var facts = string.Join('\n', IssueText.Facts(f).Select(x => $"*{x.Label}:* {x.Value}"));
        return JsonValue.Create($"{f.Message}\n\n{facts}\n\n[Finding #{f.Id} in Bulwark|{f.Url}]")!;
    }

    private static JsonNode Adf(FindingEvent.Snapshot f)
    {
        var facts = new JsonArray(IssueText.Facts(f).Select(x => (JsonNode)ListItem(Strong(x.Label + ": "), Plain(x.Value))).ToArray());
        return new JsonObject
        {
            ["type"] = "doc",
            ["version"] = 1,
            ["content"] = new JsonArray(
                Paragraph(Plain(f.Message)),
                new JsonObject { ["type"] = "bulletList", ["content"] = facts },
                Paragraph(Link($"Finding #{f.Id} in Bulwark", f.Url))),
        };
    }

    private static JsonObject Paragraph(params JsonNode[] content) => new() { ["type"] = "paragraph", ["content"] = new JsonArray(content) };

    private static JsonObject ListItem(params JsonNode[] content) => new() { ["type"] = "listItem", ["content"] = new JsonArray(Paragraph(content)) };

    private static JsonObject Plain(string text) => new() { ["type"] = "text", ["text"] = text.Length == 0 ? "–" : text };

    private static JsonObject Strong(string text) => Marked(text, new JsonObject { ["type"] = "strong" });

    private static JsonObject Link(string text, string url) => Marked(text, new JsonObject { ["type"] = "link", ["attrs"] = new JsonObject { ["href"] = url } });

    private static JsonObject Marked(string text, JsonObject mark) => new() { ["type"] = "text", ["text"] = text, ["marks"] = new JsonArray(mark) };
}
