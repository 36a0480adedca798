using System.Text.Json;
using Bulwark.Sdk;

namespace Bulwark.Reporters.Sarif;

/// <summary>Writes where a result is: the artifact, the region, and the snippet lines that cover it.</summary>
internal static class SarifLocation
{
    public static void Write(Utf8JsonWriter json, Finding finding)
    {
        var location = finding.Location;
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, location.Path);

        // GitHub rejects startLine 0, so a whole-file finding points at line 1 without claiming a range.
        var wholeFile = location.StartLine < 1;
        var start = wholeFile ? 1 : location.StartLine;
        var end = wholeFile ? 1 : Math.Max(location.EndLine, location.StartLine);

        json.WriteStartObject("region");
        json.WriteNumber("startLine", start);
        if (!wholeFile)
        {
            json.WriteNumber("endLine", end);
            if (location.StartColumn is >= 1 and var startColumn)
            {
                json.WriteNumber("startColumn", startColumn);
            }

            if (location.EndColumn is >= 1 and var endColumn)
            {
                json.WriteNumber("endColumn", endColumn);
            }

            WriteSnippet(json, finding.Snippet.Where(l => l.Number >= start && l.Number <= end));
        }

        json.WriteEndObject();
        WriteContext(json, finding.Snippet, start, end);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static void WriteArtifact(Utf8JsonWriter json, string path)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", SarifMapping.RelativeUri(path));
        json.WriteString("uriBaseId", SarifReporter.SourceRoot);
        json.WriteEndObject();
    }

    public static void WriteOrigin(Utf8JsonWriter json, Origin origin)
    {
        json.WriteStartObject("origin");
        json.WriteString("kind", origin.Kind);
        json.WriteString("id", origin.Id);
        if (origin.Author is { } author)
        {
            json.WriteString("author", author);
        }

        if (origin.AuthorEmail is { } email)
        {
            json.WriteString("authorEmail", email);
        }

        if (origin.Date is { } date)
        {
            json.WriteString("date", date);
        }

        if (origin.Summary is { } summary)
        {
            json.WriteString("summary", summary);
        }

        json.WriteEndObject();
    }

    // SARIF requires the context region to enclose the region, so it is only written when the snippet does.
    private static void WriteContext(Utf8JsonWriter json, IReadOnlyList<SnippetLine> snippet, int start, int end)
    {
        if (snippet.Count == 0 || snippet[0].Number > start || snippet[^1].Number < end)
        {
            return;
        }

        json.WriteStartObject("contextRegion");
        json.WriteNumber("startLine", snippet[0].Number);
        json.WriteNumber("endLine", snippet[^1].Number);
        WriteSnippet(json, snippet);
        json.WriteEndObject();
    }

    private static void WriteSnippet(Utf8JsonWriter json, IEnumerable<SnippetLine> lines)
    {
        var text = string.Join('\n', lines.Select(l => l.Text));
        if (text.Length == 0)
        {
            return;
        }

        json.WriteStartObject("snippet");
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
