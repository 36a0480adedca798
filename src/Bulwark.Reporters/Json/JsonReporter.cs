using System.Text.Json;
using Bulwark.Reporters.Common;
using Bulwark.Sdk;

namespace Bulwark.Reporters.Json;

/// <summary>
/// The stable machine format, described by <c>docs/schemas/report.schema.json</c>. Its shape only grows by
/// optional members; a breaking change bumps <see cref="SchemaVersion"/>.
/// </summary>
public sealed class JsonReporter : IReporter
{
    /// <summary>The value of the report's <c>version</c> member.</summary>
    public const string SchemaVersion = "1";

    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public string Summary => "The stable machine-readable report (schema: docs/schemas/report.schema.json).";

    /// <inheritdoc />
    public void Write(ScanReport report, ReportTarget output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        using var json = new Utf8JsonWriter(output.Stream, JsonOutput.Options);
        json.WriteStartObject();
        json.WriteString("version", SchemaVersion);
        json.WriteStartObject("tool");
        json.WriteString("name", "bulwark");
        json.WriteString("version", report.ToolVersion);
        json.WriteEndObject();
        json.WriteString("target", report.Target);
        json.WriteString("startedAt", report.StartedAt);
        json.WriteNumber("durationMs", (long)Math.Round(report.Duration.TotalMilliseconds));

        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            JsonFinding.Write(json, finding);
        }

        json.WriteEndArray();
        WriteSuppressed(json, report.Suppressed);
        WriteExpired(json, report.ExpiredSuppressions);
        WriteErrors(json, report.Errors);
        WriteNotes(json, report.Notes);
        WriteChecks(json, report.Checks);
        WriteChanges(json, report.Findings);
        JsonDetections.Write(json, report.Findings);
        JsonSummary.Write(json, report);
        json.WriteEndObject();
        JsonOutput.Finish(json, output.Stream);
    }

    private static void WriteSuppressed(Utf8JsonWriter json, IReadOnlyList<SuppressedFinding> suppressed)
    {
        json.WriteStartArray("suppressed");
        foreach (var item in suppressed)
        {
            json.WriteStartObject();
            json.WriteString("kind", item.Kind);
            json.WriteString("reason", item.Reason);
            JsonFinding.WriteOptional(json, "source", item.Source);
            JsonFinding.WriteOptional(json, "expires", item.Expires is { } day ? ReportText.Day(day) : null);
            json.WritePropertyName("finding");
            JsonFinding.Write(json, item.Finding);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteExpired(Utf8JsonWriter json, IReadOnlyList<ExpiredSuppression> expired)
    {
        json.WriteStartArray("expiredSuppressions");
        foreach (var item in expired)
        {
            json.WriteStartObject();
            json.WriteString("fingerprint", item.Fingerprint);
            json.WriteString("source", item.Source);
            json.WriteString("reason", item.Reason);
            json.WriteString("expired", ReportText.Day(item.Expired));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNotes(Utf8JsonWriter json, IReadOnlyList<ScanNote> notes)
    {
        json.WriteStartArray("notes");
        foreach (var note in notes)
        {
            json.WriteStartObject();
            json.WriteString("scanner", note.Scanner);
            json.WriteString("level", note.IsWarning ? "warning" : "info");
            json.WriteString("message", note.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteChecks(Utf8JsonWriter json, IReadOnlyList<ReportCheck> checks)
    {
        json.WriteStartArray("checks");
        foreach (var check in checks)
        {
            json.WriteStartObject();
            json.WriteString("scanner", check.Scanner);
            json.WriteString("id", check.Id);
            json.WriteString("title", check.Title);
            json.WriteString("section", check.Section);
            json.WriteString("status", check.Status);
            json.WriteString("severity", check.Severity.Name());
            json.WriteString("message", check.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // The changes an integrity check reported, as the findings that passed the policy carry them.
    private static void WriteChanges(Utf8JsonWriter json, IReadOnlyList<Finding> findings)
    {
        json.WriteStartArray("changes");
        foreach (var finding in findings.Where(f => f.Change is not null))
        {
            json.WriteStartObject();
            json.WriteString("path", finding.Location.Path);
            json.WriteString("kind", finding.Change!.Kind);
            json.WriteString("severity", finding.Severity.Name());
            json.WriteString("ruleId", finding.RuleId);
            json.WriteString("message", finding.Message);
            JsonFinding.WriteDetails(json, finding.Change.Details);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteErrors(Utf8JsonWriter json, IReadOnlyList<ScanError> errors)
    {
        json.WriteStartArray("errors");
        foreach (var error in errors)
        {
            json.WriteStartObject();
            json.WriteString("path", error.Path);
            json.WriteString("message", error.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
