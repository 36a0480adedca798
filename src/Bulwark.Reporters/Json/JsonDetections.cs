using System.Text.Json;
using Bulwark.Sdk;

namespace Bulwark.Reporters.Json;

/// <summary>The report's <c>detections</c>: each finding raised from logs with the events that made it.</summary>
internal static class JsonDetections
{
    public static void Write(Utf8JsonWriter json, IReadOnlyList<Finding> findings)
    {
        json.WriteStartArray("detections");
        foreach (var finding in findings.Where(f => f.Detection is not null))
        {
            var detection = finding.Detection!;
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            json.WriteString("title", finding.Title);
            json.WriteString("level", detection.Level);
            json.WriteString("severity", finding.Severity.Name());
            json.WriteString("file", finding.Location.Path);
            json.WriteNumber("line", finding.Location.StartLine);
            json.WriteString("message", finding.Message);
            JsonFinding.WriteOptional(json, "group", detection.Group);
            json.WriteStartArray("events");
            foreach (var logEvent in detection.Events)
            {
                WriteEvent(json, logEvent);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteEvent(Utf8JsonWriter json, DetectedEvent logEvent)
    {
        json.WriteStartObject();
        json.WriteString("file", logEvent.File);
        json.WriteNumber("line", logEvent.Line);
        JsonFinding.WriteOptional(json, "time", logEvent.Time);
        json.WriteStartObject("fields");
        foreach (var (name, value) in logEvent.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            json.WriteString(name, value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
