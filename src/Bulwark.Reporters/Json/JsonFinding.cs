using System.Text.Json;
using Bulwark.Sdk;

namespace Bulwark.Reporters.Json;

/// <summary>Writes one finding in the JSON report's shape, used for active and suppressed findings alike.</summary>
internal static class JsonFinding
{
    public static void Write(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("scanner", finding.Scanner);
        json.WriteString("severity", finding.Severity.Name());
        json.WriteString("title", finding.Title);
        json.WriteString("message", finding.Message);
        WriteLocation(json, finding.Location);
        json.WriteString("fingerprint", finding.Fingerprint);
        WriteOptional(json, "evidence", finding.Evidence);

        json.WriteStartArray("references");
        foreach (var reference in finding.References)
        {
            json.WriteStringValue(reference);
        }

        json.WriteEndArray();
        WriteOptional(json, "remediation", finding.Remediation);

        json.WriteStartArray("snippet");
        foreach (var line in finding.Snippet)
        {
            json.WriteStartObject();
            json.WriteNumber("line", line.Number);
            json.WriteString("text", line.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        // Sorted so the same finding always serialises to the same bytes, whatever dictionary the scanner used.
        json.WriteStartObject("properties");
        foreach (var (name, value) in finding.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteString(name, value);
        }

        json.WriteEndObject();
        if (finding.Change is { } change)
        {
            json.WriteStartObject("change");
            json.WriteString("kind", change.Kind);
            WriteDetails(json, change.Details);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// A change's details as one object: an attribute that changed as <c>{"old","new"}</c>, a fact that only
    /// appeared or went as its value (the change's kind says which).
    /// </summary>
    public static void WriteDetails(Utf8JsonWriter json, IReadOnlyList<ChangeDetail> details)
    {
        json.WriteStartObject("details");
        foreach (var detail in details)
        {
            if (detail.Old is not null && detail.New is not null)
            {
                json.WriteStartObject(detail.Name);
                json.WriteString("old", detail.Old);
                json.WriteString("new", detail.New);
                json.WriteEndObject();
            }
            else
            {
                json.WriteString(detail.Name, detail.New ?? detail.Old);
            }
        }

        json.WriteEndObject();
    }

    public static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteLocation(Utf8JsonWriter json, Location location)
    {
        json.WriteStartObject("location");
        json.WriteString("path", location.Path);
        json.WriteNumber("startLine", location.StartLine);
        json.WriteNumber("endLine", location.EndLine);
        if (location.StartColumn is { } startColumn)
        {
            json.WriteNumber("startColumn", startColumn);
        }

        if (location.EndColumn is { } endColumn)
        {
            json.WriteNumber("endColumn", endColumn);
        }

        if (location.Origin is { } origin)
        {
            json.WriteStartObject("origin");
            json.WriteString("kind", origin.Kind);
            json.WriteString("id", origin.Id);
            WriteOptional(json, "author", origin.Author);
            WriteOptional(json, "authorEmail", origin.AuthorEmail);
            if (origin.Date is { } date)
            {
                json.WriteString("date", date);
            }

            WriteOptional(json, "summary", origin.Summary);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
