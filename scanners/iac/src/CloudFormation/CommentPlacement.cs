using Bulwark.Scanners.Iac.Model;
using Bulwark.Scanners.Iac.Suppressions;

namespace Bulwark.Scanners.Iac.CloudFormation;

/// <summary>
/// Decides what each suppression comment in a YAML file covers. A comment with its line to itself covers the
/// declaration it precedes or sits inside (the innermost one); a comment at the end of a declaration's first line
/// covers that declaration; any other line-end comment covers just its line. KICS's <c>ignore-line</c> covers
/// the next line, as KICS reads it.
/// </summary>
internal static class CommentPlacement
{
    /// <summary>The suppressions per owner (same order as <paramref name="owners"/>) and the line-level ones.</summary>
    public static (List<IacSuppression>[] ByOwner, List<IacSuppression> Lines) Place(
        IReadOnlyList<YamlComment> comments, IReadOnlyList<SourceRange> owners, string text)
    {
        var byOwner = owners.Select(_ => new List<IacSuppression>()).ToArray();
        var lines = new List<IacSuppression>();
        var textLines = text.Split('\n');
        foreach (var comment in comments)
        {
            var line = comment.Range.StartLine;
            foreach (var suppression in SuppressionComments.Parse(comment.Text, comment.Range))
            {
                if (suppression is { Tool: "kics", Reason: "ignore-line" })
                {
                    lines.Add(suppression with { CoversLine = comment.AtLineEnd ? line : NextContentLine(textLines, line) });
                    continue;
                }

                var owner = comment.AtLineEnd ? StartingAt(owners, line) : Innermost(owners, NextContentLine(textLines, line));
                if (owner >= 0)
                {
                    byOwner[owner].Add(suppression);
                }
                else
                {
                    lines.Add(suppression with { CoversLine = comment.AtLineEnd ? line : NextContentLine(textLines, line) });
                }
            }
        }

        return (byOwner, lines);
    }

    private static int StartingAt(IReadOnlyList<SourceRange> owners, int line)
    {
        var best = -1;
        for (var i = 0; i < owners.Count; i++)
        {
            if (owners[i].StartLine == line && (best < 0 || Span(owners[i]) < Span(owners[best])))
            {
                best = i;
            }
        }

        return best;
    }

    private static int Innermost(IReadOnlyList<SourceRange> owners, int line)
    {
        var best = -1;
        for (var i = 0; i < owners.Count; i++)
        {
            if (owners[i].StartLine <= line && line <= owners[i].EndLine && (best < 0 || Span(owners[i]) <= Span(owners[best])))
            {
                best = i;
            }
        }

        return best;
    }

    private static int Span(SourceRange range) => range.EndLine - range.StartLine;

    // The first line after `line` holding something other than blanks and comments (1-based).
    private static int NextContentLine(string[] lines, int line)
    {
        for (var next = line + 1; next <= lines.Length; next++)
        {
            var trimmed = lines[next - 1].Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                return next;
            }
        }

        return line;
    }
}
