using System.Globalization;
using System.Text.Json;
using Bulwark.Sdk;

namespace Bulwark.Reporters.Sarif;

/// <summary>
/// Writes <c>invocations[0]</c>. Files that could not be read do not make the run unsuccessful (the scan
/// went on), so they are execution notifications; expired suppressions are configuration notifications.
/// </summary>
internal static class SarifInvocation
{
    public static void Write(Utf8JsonWriter json, ScanReport report)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        json.WriteString("startTimeUtc", Utc(report.StartedAt));
        json.WriteString("endTimeUtc", Utc(report.StartedAt + report.Duration));

        json.WriteStartArray("toolExecutionNotifications");
        foreach (var error in report.Errors)
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            WriteText(json, error.Message);
            if (error.Path.Length > 0)
            {
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                SarifLocation.WriteArtifact(json, error.Path);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        foreach (var note in report.Notes)
        {
            json.WriteStartObject();
            json.WriteString("level", note.IsWarning ? "warning" : "note");
            WriteText(json, $"{note.Scanner}: {note.Message}");
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("toolConfigurationNotifications");
        foreach (var expired in report.ExpiredSuppressions)
        {
            json.WriteStartObject();
            json.WriteString("level", "warning");
            WriteText(json, string.Create(
                CultureInfo.InvariantCulture,
                $"The suppression at {expired.Source} for {expired.Fingerprint} expired on {expired.Expired:yyyy-MM-dd} ({expired.Reason}); its finding is reported again."));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteText(Utf8JsonWriter json, string text)
    {
        json.WriteStartObject("message");
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Utc(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
