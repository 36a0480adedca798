using System.Text;
using Bulwark.Reporters.Common;
using Bulwark.Sdk;

namespace Bulwark.Reporters.Markdown;

/// <summary>Writes the findings as one table per severity, and the suppressed ones in a collapsed block.</summary>
internal static class MarkdownFindings
{
    private const string TableHeader = "| Location | Rule | Message | Evidence |\n|---|---|---|---|\n";

    public static void Write(StringBuilder md, IReadOnlyList<Finding> findings, int limit)
    {
        if (findings.Count == 0)
        {
            md.Append("No findings.\n\n");
            return;
        }

        var shown = findings.Take(limit).ToList();
        foreach (var group in shown.GroupBy(f => f.Severity).OrderByDescending(g => g.Key))
        {
            var total = findings.Count(f => f.Severity == group.Key);
            md.Append("### ").Append(ReportText.Label(group.Key)).Append(" (").Append(total).Append(")\n\n");
            md.Append(TableHeader);
            foreach (var finding in group)
            {
                WriteRow(md, finding);
            }

            md.Append('\n');
        }

        if (findings.Count > shown.Count)
        {
            md.Append("… and ").Append(ReportText.Count(findings.Count - shown.Count, "more finding"))
                .Append(" not shown; see the JSON, SARIF or HTML report.\n\n");
        }
    }

    public static void WriteSuppressed(StringBuilder md, IReadOnlyList<SuppressedFinding> suppressed)
    {
        if (suppressed.Count == 0)
        {
            return;
        }

        md.Append("<details><summary>Suppressed findings (").Append(suppressed.Count).Append(")</summary>\n\n");
        md.Append("| Location | Rule | Severity | Suppression |\n|---|---|---|---|\n");
        foreach (var item in suppressed)
        {
            md.Append("| ").Append(MarkdownText.Code(ReportText.Where(item.Finding.Location), inTable: true))
                .Append(" | ").Append(MarkdownText.Code(item.Finding.RuleId, inTable: true))
                .Append(" | ").Append(item.Finding.Severity.Name())
                .Append(" | ").Append(MarkdownText.Plain(item.Kind)).Append(": ").Append(MarkdownText.Plain(item.Reason));
            if (item.Expires is { } expires)
            {
                md.Append(" (until ").Append(ReportText.Day(expires)).Append(')');
            }

            md.Append(" |\n");
        }

        md.Append("\n</details>\n\n");
    }

    private static void WriteRow(StringBuilder md, Finding finding)
    {
        md.Append("| ").Append(MarkdownText.Code(ReportText.Where(finding.Location), inTable: true));
        if (finding.Location.Origin is { } origin)
        {
            md.Append("<br>").Append(MarkdownText.Plain(ReportText.Describe(origin)));
        }

        md.Append(" | ").Append(MarkdownText.Code(finding.RuleId, inTable: true))
            .Append(" | ").Append(MarkdownText.Plain(finding.Message))
            .Append(" | ").Append(finding.Evidence is { } evidence ? MarkdownText.Code(evidence, inTable: true) : "")
            .Append(" |\n");
    }
}
