using Bulwark.Reporters.Common;
using Bulwark.Sdk;

namespace Bulwark.Reporters.Html;

/// <summary>Writes one finding as a card: what, where, why, what to do, and the code around it.</summary>
internal static class HtmlFindingCard
{
    public static void Write(TextWriter w, Finding finding, SuppressedFinding? suppression)
    {
        var severity = finding.Severity.Name();
        var classes = suppression is null ? $"finding {severity}" : $"finding {severity} is-suppressed";
        w.WriteLine($"<article class=\"{classes}\" data-severity=\"{severity}\" data-scanner=\"{HtmlText.E(finding.Scanner)}\">");
        w.WriteLine($"<header><span class=\"badge {severity}\">{severity}</span><h3>{HtmlText.E(finding.Title)}</h3><code>{HtmlText.E(finding.RuleId)}</code></header>");

        w.Write($"<p class=\"where\"><code>{HtmlText.E(ReportText.Where(finding.Location))}</code>");
        if (finding.Location.Origin is { } origin)
        {
            WriteOrigin(w, origin);
        }

        w.WriteLine("</p>");
        w.WriteLine($"<p class=\"message\">{HtmlText.E(finding.Message)}</p>");

        if (suppression is not null)
        {
            var source = suppression.Source is { } s ? $" at <code>{HtmlText.E(s)}</code>" : "";
            var until = suppression.Expires is { } e ? $", until {ReportText.Day(e)}" : "";
            w.WriteLine($"<p class=\"muted\">Suppressed ({HtmlText.E(suppression.Kind)}){source}{until}: {HtmlText.E(suppression.Reason)}</p>");
        }

        w.WriteLine("<dl class=\"details\">");
        if (finding.Evidence is { } evidence)
        {
            w.WriteLine($"<dt>Evidence</dt><dd><code>{HtmlText.E(evidence)}</code></dd>");
        }

        if (finding.Remediation is { } remediation)
        {
            w.WriteLine($"<dt>Remediation</dt><dd>{HtmlText.E(remediation)}</dd>");
        }

        if (finding.References.Count > 0)
        {
            w.Write("<dt>References</dt><dd><ul>");
            foreach (var reference in finding.References)
            {
                w.Write(HtmlText.IsWebLink(reference, out var uri)
                    ? $"<li><a href=\"{HtmlText.E(uri.AbsoluteUri)}\" rel=\"noopener noreferrer\">{HtmlText.E(reference)}</a></li>"
                    : $"<li>{HtmlText.E(reference)}</li>");
            }

            w.WriteLine("</ul></dd>");
        }

        foreach (var (name, value) in finding.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteLine($"<dt>{HtmlText.E(name)}</dt><dd>{HtmlText.E(value)}</dd>");
        }

        w.WriteLine($"<dt>Fingerprint</dt><dd><code>{HtmlText.E(finding.Fingerprint)}</code></dd>");
        w.WriteLine("</dl>");
        WriteSnippet(w, finding);
        w.WriteLine("</article>");
    }

    private static void WriteOrigin(TextWriter w, Origin origin)
    {
        w.Write($" in {HtmlText.E(origin.Kind)}");
        if (origin.Id.Length > 0)
        {
            w.Write($" <code title=\"{HtmlText.E(origin.Id)}\">{HtmlText.E(ReportText.ShortId(origin))}</code>");
        }

        if (origin.Author is { } author)
        {
            var email = origin.AuthorEmail is { } address ? $" &lt;{HtmlText.E(address)}&gt;" : "";
            w.Write($" by {HtmlText.E(author)}{email}");
        }

        if (origin.Date is { } date)
        {
            w.Write($", {ReportText.Day(date)}");
        }

        if (origin.Summary is { } summary)
        {
            w.Write($": {HtmlText.E(summary)}");
        }
    }

    private static void WriteSnippet(TextWriter w, Finding finding)
    {
        if (finding.Snippet.Count == 0)
        {
            return;
        }

        var location = finding.Location;
        var last = Math.Max(location.EndLine, location.StartLine);
        w.WriteLine("<div class=\"snippet\" role=\"group\" aria-label=\"Code\">");
        foreach (var line in finding.Snippet)
        {
            var hit = location.StartLine > 0 && line.Number >= location.StartLine && line.Number <= last ? " hit" : "";
            w.WriteLine($"<div class=\"ln{hit}\"><span class=\"no\">{line.Number}</span>{HtmlText.E(line.Text)}</div>");
        }

        w.WriteLine("</div>");
    }
}
