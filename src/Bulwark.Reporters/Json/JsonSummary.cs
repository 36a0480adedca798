using System.Text.Json;
using Bulwark.Reporters.Common;
using Bulwark.Sdk;

namespace Bulwark.Reporters.Json;

/// <summary>Writes the report's <c>summary</c>: counts a dashboard can read without walking the findings.</summary>
internal static class JsonSummary
{
    public static void Write(Utf8JsonWriter json, ScanReport report)
    {
        var bySeverity = ReportText.CountBySeverity(report.Findings);
        var statistics = report.Statistics;

        json.WriteStartObject("summary");
        json.WriteNumber("total", report.Findings.Count);

        json.WriteStartObject("bySeverity");
        foreach (var severity in ReportText.SeveritiesDescending)
        {
            json.WriteNumber(severity.Name(), bySeverity[(int)severity]);
        }

        json.WriteEndObject();

        json.WriteStartObject("byScanner");
        foreach (var (scanner, count) in ReportText.CountByScanner(report))
        {
            json.WriteNumber(scanner, count);
        }

        json.WriteEndObject();
        json.WriteNumber("filesScanned", statistics.FilesScanned);
        json.WriteNumber("bytesScanned", statistics.BytesScanned);
        json.WriteNumber("skippedBinary", statistics.SkippedBinary);
        json.WriteNumber("skippedTooLarge", statistics.SkippedTooLarge);
        json.WriteNumber("skippedExcluded", statistics.SkippedExcluded);
        json.WriteNumber("baselined", statistics.Baselined);
        json.WriteNumber("suppressed", report.Suppressed.Count);
        json.WriteNumber("errors", report.Errors.Count);
        json.WriteString("failOn", report.Gate.ThresholdName);
        json.WriteBoolean("gateFailed", report.Gate.Failed);
        json.WriteEndObject();
    }
}
