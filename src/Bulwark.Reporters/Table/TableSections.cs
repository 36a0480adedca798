using Bulwark.Reporters.Common;
using Bulwark.Sdk;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Bulwark.Reporters.Table;

/// <summary>Writes the findings table, the summary table and the warnings. Finding text is never parsed as markup.</summary>
internal static class TableSections
{
    private const int MaxErrors = 20;

    public static void WriteFindings(IAnsiConsole console, IReadOnlyList<Finding> findings, int maxRows)
    {
        if (findings.Count == 0)
        {
            console.Write(new Text("No findings.", new Style(Color.Green)));
            console.WriteLine();
            console.WriteLine();
            return;
        }

        var table = new Spectre.Console.Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("Severity").NoWrap());
        table.AddColumn(new TableColumn("Rule").NoWrap());
        table.AddColumn(new TableColumn("Location"));
        table.AddColumn(new TableColumn("Message"));
        table.AddColumn(new TableColumn("Evidence"));
        foreach (var finding in findings.Take(maxRows))
        {
            table.AddRow(
                new Text(finding.Severity.Name(), SeverityStyle(finding.Severity)),
                Plain(finding.RuleId),
                Location(finding.Location),
                Plain(finding.Message),
                Plain(finding.Evidence ?? ""));
        }

        console.Write(table);
        if (findings.Count > maxRows)
        {
            console.WriteLine($"… and {ReportText.Count(findings.Count - maxRows, "more finding")} (use --format json, sarif or html for all of them)");
        }

        console.WriteLine();
    }

    public static void WriteSummary(IAnsiConsole console, ScanReport report)
    {
        var counts = ReportText.CountBySeverity(report.Findings);
        var statistics = report.Statistics;
        var table = new Spectre.Console.Table().Border(TableBorder.Rounded).Title("Summary");
        table.AddColumn("Item");
        table.AddColumn(new TableColumn("Count").RightAligned());
        foreach (var severity in ReportText.SeveritiesDescending)
        {
            var count = counts[(int)severity];
            table.AddRow(new Text(ReportText.Label(severity), count > 0 ? SeverityStyle(severity) : Style.Plain), Plain(ReportText.Number(count)));
        }

        AddRow(table, "Files scanned", ReportText.Number(statistics.FilesScanned));
        AddRow(table, "Content scanned", ReportText.Megabytes(statistics.BytesScanned));
        AddRow(table, "Skipped binary", ReportText.Number(statistics.SkippedBinary));
        AddRow(table, "Skipped too large", ReportText.Number(statistics.SkippedTooLarge));
        AddRow(table, "Skipped excluded", ReportText.Number(statistics.SkippedExcluded));
        AddRow(table, "Suppressed", ReportText.Number(report.Suppressed.Count));
        AddRow(table, "Baselined", ReportText.Number(statistics.Baselined));
        AddRow(table, "Errors", ReportText.Number(report.Errors.Count));
        console.Write(table);
        console.WriteLine();
    }

    public static void WriteWarnings(IAnsiConsole console, ScanReport report)
    {
        var warning = new Style(Color.Yellow);
        foreach (var note in report.Notes)
        {
            Line(console, $"{(note.IsWarning ? "Warning" : "Note")} ({note.Scanner}): {note.Message}", note.IsWarning ? warning : Style.Plain);
        }

        foreach (var expired in report.ExpiredSuppressions)
        {
            Line(console, $"Warning: the suppression at {expired.Source} expired on {ReportText.Day(expired.Expired)} ({expired.Reason}); its finding is reported again.", warning);
        }

        var error = new Style(Color.Red);
        foreach (var scanError in report.Errors.Take(MaxErrors))
        {
            Line(console, $"Error: {scanError.Path}: {scanError.Message}", error);
        }

        if (report.Errors.Count > MaxErrors)
        {
            Line(console, $"… and {ReportText.Count(report.Errors.Count - MaxErrors, "more error")}", error);
        }

        if (report.ExpiredSuppressions.Count + report.Errors.Count + report.Notes.Count > 0)
        {
            console.WriteLine();
        }
    }

    private static void Line(IAnsiConsole console, string text, Style style)
    {
        console.Write(new Text(ControlCharacters.Visible(text), style));
        console.WriteLine();
    }

    private static void AddRow(Spectre.Console.Table table, string name, string value) => table.AddRow(Plain(name), Plain(value));

    private static Text Plain(string text) => new(ControlCharacters.Visible(text, keepNewLines: true));

    private static IRenderable Location(Location location)
    {
        var where = ControlCharacters.Visible(ReportText.Where(location));
        if (location.Origin is not { } origin)
        {
            return new Text(where);
        }

        var text = new Paragraph(where + "\n");
        text.Append(ControlCharacters.Visible(ReportText.Describe(origin)), new Style(Color.Grey));
        return text;
    }

    private static Style SeverityStyle(Severity severity) => severity switch
    {
        Severity.Critical => new Style(Color.White, Color.Red, Decoration.Bold),
        Severity.High => new Style(Color.Red, decoration: Decoration.Bold),
        Severity.Medium => new Style(Color.Yellow),
        Severity.Low => new Style(Color.Blue),
        _ => new Style(Color.Grey),
    };
}
