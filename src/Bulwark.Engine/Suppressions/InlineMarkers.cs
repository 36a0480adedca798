using Bulwark.Sdk;

namespace Bulwark.Engine.Suppressions;

/// <summary>
/// Suppression comments in the scanned file itself. <c>bulwark:ignore</c> (any rule) or
/// <c>bulwark:ignore=RULE[,RULE]</c>, followed by the reason, on the finding's line or the line before;
/// and <c>gitleaks:allow</c> on the finding's line, as gitleaks honours it.
/// </summary>
public static class InlineMarkers
{
    private const string Marker = "bulwark:ignore";
    private const string GitleaksMarker = "gitleaks:allow";

    /// <summary>The inline suppression that covers <paramref name="finding"/>, or null.</summary>
    public static SuppressedFinding? Find(Finding finding, LineMap lines)
    {
        var start = finding.Location.StartLine;
        if (start < 1)
        {
            return null;
        }

        for (var line = start; line <= Math.Max(start, finding.Location.EndLine); line++)
        {
            if (lines.Line(line).Contains(GitleaksMarker, StringComparison.Ordinal))
            {
                return Suppressed(finding, "gitleaks:allow", line);
            }
        }

        foreach (var line in (ReadOnlySpan<int>)[start, start - 1])
        {
            // A marker reaches the next line only from a line of its own: one trailing code on the line
            // before speaks for that line, not for this one.
            if (line >= 1 && Parse(lines.Line(line), ownLineOnly: line < start) is { } marker && marker.Covers(finding.RuleId))
            {
                return Suppressed(finding, marker.Reason.Length > 0 ? marker.Reason : "(no reason given)", line);
            }
        }

        return null;

        SuppressedFinding Suppressed(Finding f, string reason, int line) =>
            new(f, "inline", reason) { Source = $"{f.Location.Path}:{line}" };
    }

    private static (string[] Rules, string Reason)? Parse(ReadOnlySpan<char> line, bool ownLineOnly)
    {
        var at = line.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0 || (ownLineOnly && !IsCommentOpener(line[..at])))
        {
            return null;
        }

        var rest = line[(at + Marker.Length)..];
        string[] rules = [];
        if (rest.StartsWith('='))
        {
            var end = rest.IndexOfAny(' ', '\t');
            var list = end < 0 ? rest[1..] : rest[1..end];
            rules = list.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            rest = end < 0 ? [] : rest[end..];
        }
        else if (!rest.IsEmpty && !char.IsWhiteSpace(rest[0]))
        {
            return null; // "bulwark:ignored" or similar is not the marker
        }

        var reason = rest.Trim().TrimEnd("*/-->#".AsSpan()).Trim().ToString();
        return (rules, reason);
    }

    // Nothing but whitespace and a comment opener (#, //, --, ;, /*, <!--, %, ', *, REM) before the marker.
    private static bool IsCommentOpener(ReadOnlySpan<char> prefix)
    {
        var text = prefix.Trim();
        return text.IsEmpty || text is "#" or "//" or "--" or ";" or "/*" or "<!--" or "%" or "'" or "*" or "{{/*" or "{#"
            || text.Equals("rem", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Covers(this (string[] Rules, string Reason) marker, string ruleId) =>
        marker.Rules.Length == 0 || marker.Rules.Contains(ruleId, StringComparer.Ordinal);
}
