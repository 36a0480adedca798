using System.Text;
using Bulwark.Reporters.Common;
using Bulwark.Sdk;

namespace Bulwark.Reporters.Markdown;

/// <summary>A report for a pull-request comment or a CI job summary: counts first, then findings by severity.</summary>
public sealed class MarkdownReporter : IReporter
{
    /// <summary>
    /// GitHub refuses comments over 65,536 characters; a few hundred table rows stay well under it, and
    /// the full list belongs in the SARIF or HTML report anyway.
    /// </summary>
    public const int MaxFindings = 200;

    /// <inheritdoc />
    public string Format => "markdown";

    /// <inheritdoc />
    public string Summary => "Markdown for pull-request comments and CI job summaries.";

    /// <inheritdoc />
    public void Write(ScanReport report, ReportTarget output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        var md = new StringBuilder();
        WriteHeader(md, report);
        MarkdownFindings.Write(md, report.Findings, MaxFindings);
        MarkdownFindings.WriteSuppressed(md, report.Suppressed);
        WriteExpired(md, report.ExpiredSuppressions);
        WriteErrors(md, report.Errors);
        WriteNotes(md, report.Notes);

        using var writer = new StreamWriter(output.Stream, ReportText.Utf8, leaveOpen: true) { NewLine = "\n" };
        writer.Write(md.ToString());
    }

    private static void WriteHeader(StringBuilder md, ScanReport report)
    {
        var counts = ReportText.CountBySeverity(report.Findings);
        var statistics = report.Statistics;
        md.Append("## Bulwark scan: ").Append(ReportText.Count(report.Findings.Count, "finding")).Append("\n\n");
        md.Append("**").Append(ReportText.GateLine(report.Gate)).Append("**");
        md.Append(report.Gate.Failed ? "\n\n" : $" (fail on: {report.Gate.ThresholdName})\n\n");
        md.Append("Target ").Append(MarkdownText.Code(report.Target, inTable: false))
            .Append(" · started ").Append(ReportText.Time(report.StartedAt))
            .Append(" · took ").Append(ReportText.Duration(report.Duration))
            .Append(" · Bulwark ").Append(MarkdownText.Plain(report.ToolVersion)).Append("\n\n");

        md.Append("| Severity | Findings |\n|---|---:|\n");
        foreach (var severity in ReportText.SeveritiesDescending)
        {
            md.Append("| ").Append(ReportText.Label(severity)).Append(" | ").Append(counts[(int)severity]).Append(" |\n");
        }

        md.Append("| **Total** | **").Append(report.Findings.Count).Append("** |\n\n");
        md.Append(ReportText.Count(statistics.FilesScanned, "file")).Append(" scanned (")
            .Append(ReportText.Megabytes(statistics.BytesScanned)).Append("); skipped ")
            .Append(statistics.SkippedBinary).Append(" binary, ")
            .Append(statistics.SkippedTooLarge).Append(" too large, ")
            .Append(statistics.SkippedExcluded).Append(" excluded · ")
            .Append(report.Suppressed.Count).Append(" suppressed · ")
            .Append(statistics.Baselined).Append(" baselined · ")
            .Append(ReportText.Count(report.Errors.Count, "error")).Append("\n\n");
    }

    private static void WriteExpired(StringBuilder md, IReadOnlyList<ExpiredSuppression> expired)
    {
        if (expired.Count == 0)
        {
            return;
        }

        md.Append("### Expired suppressions (").Append(expired.Count).Append(")\n\n");
        foreach (var item in expired)
        {
            md.Append("- ").Append(MarkdownText.Code(item.Source, inTable: false))
                .Append(" expired on ").Append(ReportText.Day(item.Expired))
                .Append(": ").Append(MarkdownText.Plain(item.Reason))
                .Append(" (fingerprint ").Append(MarkdownText.Code(item.Fingerprint, inTable: false)).Append(")\n");
        }

        md.Append('\n');
    }

    private static void WriteNotes(StringBuilder md, IReadOnlyList<ScanNote> notes)
    {
        if (notes.Count == 0)
        {
            return;
        }

        md.Append("### Notes\n\n");
        foreach (var note in notes)
        {
            md.Append("- ").Append(note.IsWarning ? "**Warning** " : "").Append('(').Append(MarkdownText.Plain(note.Scanner)).Append(") ")
                .Append(MarkdownText.Plain(note.Message)).Append('\n');
        }

        md.Append('\n');
    }

    private static void WriteErrors(StringBuilder md, IReadOnlyList<ScanError> errors)
    {
        if (errors.Count == 0)
        {
            return;
        }

        md.Append("### Scan errors (").Append(errors.Count).Append(")\n\n");
        foreach (var error in errors)
        {
            md.Append("- ").Append(MarkdownText.Code(error.Path, inTable: false))
                .Append(": ").Append(MarkdownText.Plain(error.Message)).Append('\n');
        }

        md.Append('\n');
    }
}
