using Bulwark.Scanners.Iac.Model;
using Bulwark.Scanners.Iac.Suppressions;

namespace Bulwark.Scanners.Iac.Yaml;

/// <summary>Suppressions placed on a YAML file's units (documents, or Compose services) and on single lines.</summary>
/// <param name="PerUnit">For each unit, in the order given, the suppressions that cover it whole.</param>
/// <param name="Lines">The suppressions that cover one line each (<see cref="IacSuppression.CoversLine"/> set).</param>
internal sealed record PlacedSuppressions(IReadOnlyList<IReadOnlyList<IacSuppression>> PerUnit, IReadOnlyList<IacSuppression> Lines);

/// <summary>
/// Decides what each suppression comment in a YAML file covers:
/// <list type="bullet">
/// <item>at the end of a line: that line (a Checkov skip: its whole unit, as Checkov reads them anywhere);</item>
/// <item><c>kics-scan ignore</c> or <c>disable=</c> before any content: the whole file;</item>
/// <item><c>kics-scan ignore-line</c> on its own line: the next line with content;</item>
/// <item>on its own line, no deeper than a unit's key, with only comments and blank lines between them: that unit;</item>
/// <item>inside a unit: a Checkov skip covers the unit, <c>kics-scan ignore-block</c> the block below it, any other the next line;</item>
/// <item>before any content but not leading a unit (a Compose file's header): the whole file.</item>
/// </list>
/// </summary>
internal static class YamlSuppressionPlacement
{
    /// <summary>Places every suppression comment of <paramref name="layout"/> over <paramref name="units"/> (their extents, in file order).</summary>
    public static PlacedSuppressions Place(YamlLayout layout, IReadOnlyList<SourceRange> units)
    {
        var perUnit = units.Select(_ => new List<IacSuppression>()).ToList();
        var fileWide = new List<IacSuppression>();
        var lines = new List<IacSuppression>();
        // Units do not overlap, so sorted by first line, the one a line falls in is the last starting at or before it.
        var byStart = Enumerable.Range(0, units.Count).OrderBy(i => units[i].StartLine).ToArray();
        var starts = byStart.Select(i => units[i].StartLine).ToArray();
        foreach (var comment in layout.Comments)
        {
            var line = comment.Range.StartLine;
            var next = layout.NextContentLine(line);
            var leading = comment.Inline ? -1 : Leading(units, byStart, starts, comment.Range, next);
            var inside = leading >= 0 ? -1 : Inside(units, byStart, starts, comment.Range);
            var atTop = !comment.Inline && !layout.HasContentBefore(line);
            foreach (var s in SuppressionComments.Parse(comment.Text, comment.Range))
            {
                var what = s.Tool == "kics" ? s.Reason : "";
                if (s.Tool == "checkov" && inside >= 0)
                {
                    perUnit[inside].Add(s);
                }
                else if (comment.Inline)
                {
                    lines.Add(s with { CoversLine = line });
                }
                else if (atTop && (what == "ignore" || (s.RuleId is not null && what.StartsWith("disable=", StringComparison.Ordinal))))
                {
                    fileWide.Add(s);
                }
                else if (what == "ignore-line")
                {
                    AddLine(lines, s, next);
                }
                else if (leading >= 0)
                {
                    perUnit[leading].Add(s);
                }
                else if (inside >= 0 && what == "ignore-block" && next > 0)
                {
                    lines.AddRange(Enumerable.Range(next, layout.BlockLastLine(next) - next + 1).Select(n => s with { CoversLine = n }));
                }
                else if (atTop)
                {
                    fileWide.Add(s);
                }
                else
                {
                    AddLine(lines, s, next);
                }
            }
        }

        return new PlacedSuppressions(perUnit.Select(u => (IReadOnlyList<IacSuppression>)[.. fileWide, .. u]).ToList(), lines);
    }

    // The unit whose first line is the next content line, when the comment is no deeper than the unit's key.
    private static int Leading(IReadOnlyList<SourceRange> units, int[] byStart, int[] starts, SourceRange comment, int next)
    {
        var at = Array.BinarySearch(starts, next);
        return at >= 0 && comment.StartColumn <= units[byStart[at]].StartColumn ? byStart[at] : -1;
    }

    // The unit written around the comment; a comment after a unit's last line but indented deeper than the
    // unit's own key is still part of it (it closes the unit's block rather than opening the next one).
    private static int Inside(IReadOnlyList<SourceRange> units, int[] byStart, int[] starts, SourceRange comment)
    {
        var at = Array.BinarySearch(starts, comment.StartLine);
        var before = at >= 0 ? at : ~at - 1;
        if (before < 0)
        {
            return -1;
        }

        var unit = units[byStart[before]];
        return comment.StartLine <= unit.EndLine || (comment.StartLine > unit.StartLine && comment.StartColumn > unit.StartColumn) ? byStart[before] : -1;
    }

    private static void AddLine(List<IacSuppression> lines, IacSuppression s, int line)
    {
        if (line > 0)
        {
            lines.Add(s with { CoversLine = line });
        }
    }
}
