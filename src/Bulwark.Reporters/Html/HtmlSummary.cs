using System.Globalization;
using Bulwark.Reporters.Common;
using Bulwark.Sdk;

namespace Bulwark.Reporters.Html;

/// <summary>Writes the page header (target, time, gate) and the summary: a severity bar chart and counts.</summary>
internal static class HtmlSummary
{
    private const int RowHeight = 26;
    private const int LabelWidth = 78;
    private const int BarWidth = 240;

    public static void WriteHeader(TextWriter w, ScanReport report)
    {
        w.WriteLine("<header>");
        w.WriteLine("<h1>Bulwark report</h1>");
        w.WriteLine("<div class=\"facts\">");
        w.WriteLine($"<span>Target <code>{HtmlText.E(report.Target)}</code></span>");
        w.WriteLine($"<span>Started {HtmlText.E(ReportText.Time(report.StartedAt))}</span>");
        w.WriteLine($"<span>Took {HtmlText.E(ReportText.Duration(report.Duration))}</span>");
        w.WriteLine($"<span>Bulwark {HtmlText.E(report.ToolVersion)}</span>");
        w.WriteLine($"<span>Fail on {HtmlText.E(report.Gate.ThresholdName)}</span>");
        w.WriteLine("</div>");
        var gateClass = report.Gate.Failed ? "failed" : "passed";
        w.WriteLine($"<div class=\"gate {gateClass}\">{HtmlText.E(ReportText.GateLine(report.Gate))}</div>");
        w.WriteLine("</header>");
    }

    public static void WriteCharts(TextWriter w, ScanReport report)
    {
        w.WriteLine("<section class=\"summary\" aria-label=\"Summary\">");
        WriteSeverityChart(w, ReportText.CountBySeverity(report.Findings));

        w.WriteLine("<div class=\"panel\"><table aria-label=\"Findings by scanner\">");
        w.WriteLine("<tr><th>Scanner</th><th>Findings</th></tr>");
        foreach (var (scanner, count) in ReportText.CountByScanner(report))
        {
            w.WriteLine($"<tr><td>{HtmlText.E(scanner)}</td><td class=\"n\">{count}</td></tr>");
        }

        w.WriteLine("</table></div>");

        var statistics = report.Statistics;
        w.WriteLine("<div class=\"panel\"><table aria-label=\"Scan statistics\">");
        Row(w, "Files scanned", ReportText.Number(statistics.FilesScanned));
        Row(w, "Content scanned", ReportText.Megabytes(statistics.BytesScanned));
        Row(w, "Skipped binary", ReportText.Number(statistics.SkippedBinary));
        Row(w, "Skipped too large", ReportText.Number(statistics.SkippedTooLarge));
        Row(w, "Skipped excluded", ReportText.Number(statistics.SkippedExcluded));
        Row(w, "Suppressed", ReportText.Number(report.Suppressed.Count));
        Row(w, "Baselined", ReportText.Number(statistics.Baselined));
        Row(w, "Errors", ReportText.Number(report.Errors.Count));
        w.WriteLine("</table></div>");
        w.WriteLine("</section>");
    }

    private static void WriteSeverityChart(TextWriter w, int[] counts)
    {
        var max = Math.Max(1, counts.Max());
        var height = RowHeight * ReportText.SeveritiesDescending.Count;
        var width = LabelWidth + BarWidth + 50;
        w.WriteLine($"<div class=\"panel\"><svg class=\"chart\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"chart-title\">");
        w.WriteLine("<title id=\"chart-title\">Findings by severity</title>");
        var y = 0;
        foreach (var severity in ReportText.SeveritiesDescending)
        {
            var count = counts[(int)severity];

            // A non-zero count keeps a sliver of bar so it never looks like zero next to a large one.
            var bar = count == 0 ? 0 : Math.Max(3, count * BarWidth / max);
            var name = severity.Name();
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<text x=\"0\" y=\"{y + 18}\">{ReportText.Label(severity)}</text>" +
                $"<rect class=\"bar {name}\" x=\"{LabelWidth}\" y=\"{y + 5}\" width=\"{bar}\" height=\"17\" rx=\"3\"></rect>" +
                $"<text class=\"count\" x=\"{LabelWidth + bar + 6}\" y=\"{y + 18}\">{count}</text>"));
            y += RowHeight;
        }

        w.WriteLine("</svg></div>");
    }

    private static void Row(TextWriter w, string name, string value) =>
        w.WriteLine($"<tr><td>{name}</td><td class=\"n\">{HtmlText.E(value)}</td></tr>");
}
