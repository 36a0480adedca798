using Bulwark.Reporters.Common;
using Bulwark.Sdk;

namespace Bulwark.Reporters.Html;

/// <summary>Writes the filter controls and the sections after the findings: suppressed, expired, errors.</summary>
internal static class HtmlSections
{
    public static void WriteFilters(TextWriter w, IReadOnlyList<Finding> findings)
    {
        w.WriteLine("<div class=\"filters\">");
        w.WriteLine("<fieldset><legend>Severity</legend>");
        foreach (var group in findings.GroupBy(f => f.Severity).OrderByDescending(g => g.Key))
        {
            Checkbox(w, "severity", group.Key.Name(), ReportText.Label(group.Key), group.Count());
        }

        w.WriteLine("</fieldset>");
        w.WriteLine("<fieldset><legend>Scanner</legend>");
        foreach (var group in findings.GroupBy(f => f.Scanner).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Checkbox(w, "scanner", group.Key, group.Key, group.Count());
        }

        w.WriteLine("</fieldset>");
        w.WriteLine("<output id=\"shown\" class=\"muted\"></output>");
        w.WriteLine("</div>");
    }

    public static void WriteSuppressed(TextWriter w, IReadOnlyList<SuppressedFinding> suppressed)
    {
        if (suppressed.Count == 0)
        {
            return;
        }

        w.WriteLine("<details class=\"suppressed\">");
        w.WriteLine($"<summary>Suppressed findings ({suppressed.Count})</summary>");
        foreach (var item in suppressed)
        {
            HtmlFindingCard.Write(w, item.Finding, item);
        }

        w.WriteLine("</details>");
    }

    public static void WriteExpired(TextWriter w, IReadOnlyList<ExpiredSuppression> expired)
    {
        if (expired.Count == 0)
        {
            return;
        }

        w.WriteLine($"<section><h2>Expired suppressions ({expired.Count})</h2>");
        w.WriteLine("<p class=\"muted\">These no longer hide anything; renew or remove them.</p><ul>");
        foreach (var item in expired)
        {
            w.WriteLine($"<li><code>{HtmlText.E(item.Source)}</code> expired on {ReportText.Day(item.Expired)}: " +
                $"{HtmlText.E(item.Reason)} <span class=\"muted\">(fingerprint <code>{HtmlText.E(item.Fingerprint)}</code>)</span></li>");
        }

        w.WriteLine("</ul></section>");
    }

    /// <summary>The scanners' notes about the whole scan (database age…).</summary>
    public static void WriteNotes(TextWriter w, IReadOnlyList<ScanNote> notes)
    {
        if (notes.Count == 0)
        {
            return;
        }

        w.WriteLine("<section><h2>Notes</h2><ul>");
        foreach (var note in notes)
        {
            w.WriteLine($"<li>{(note.IsWarning ? "<strong>Warning</strong> " : "")}({HtmlText.E(note.Scanner)}) {HtmlText.E(note.Message)}</li>");
        }

        w.WriteLine("</ul></section>");
    }

    public static void WriteErrors(TextWriter w, IReadOnlyList<ScanError> errors)
    {
        if (errors.Count == 0)
        {
            return;
        }

        w.WriteLine($"<section><h2>Scan errors ({errors.Count})</h2>");
        w.WriteLine("<div class=\"panel\"><table><tr><th>Path</th><th>Error</th></tr>");
        foreach (var error in errors)
        {
            w.WriteLine($"<tr><td><code>{HtmlText.E(error.Path)}</code></td><td>{HtmlText.E(error.Message)}</td></tr>");
        }

        w.WriteLine("</table></div></section>");
    }

    private static void Checkbox(TextWriter w, string filter, string value, string label, int count) =>
        w.WriteLine($"<label><input type=\"checkbox\" data-filter=\"{filter}\" value=\"{HtmlText.E(value)}\" checked> {HtmlText.E(label)} ({count})</label>");
}
