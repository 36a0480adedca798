using Bulwark.Scanners.Iac.Hcl.Syntax;
using Bulwark.Scanners.Iac.Model;
using Bulwark.Scanners.Iac.Suppressions;

namespace Bulwark.Scanners.Iac.Hcl.Terraform;

/// <summary>
/// Where each suppression comment in a module's files applies, following the tool that wrote it: comments
/// just above a block or on its first line cover the block; <c>checkov:skip</c> anywhere inside a block covers
/// it; <c>kics-scan ignore</c> / <c>disable=</c> cover the file; other comments inside a block cover their own
/// line when trailing code, else the next line.
/// </summary>
public sealed class TerraformSuppressions
{
    private readonly Dictionary<Block, List<IacSuppression>> _blocks = new(ReferenceEqualityComparer.Instance);
    private readonly List<(string File, IacSuppression Suppression)> _lines = [];

    /// <summary>Places every suppression comment of <paramref name="source"/>.</summary>
    public TerraformSuppressions(ModuleSource source)
    {
        foreach (var (file, comments) in source.Comments)
        {
            var lines = source.Texts[file].Split('\n');
            var blocks = source.Blocks.Where(b => b.File == file).Select(b => b.Block).ToList();
            var commentOnly = comments.Where(c => OwnLine(c, lines)).SelectMany(c => Enumerable.Range(c.Range.StartLine, c.Range.EndLine - c.Range.StartLine + 1)).ToHashSet();
            foreach (var comment in comments)
            {
                var found = SuppressionComments.Parse(comment.Text, comment.Range);
                if (found.Count > 0)
                {
                    Place(comment, found, blocks, lines, commentOnly, file);
                }
            }
        }
    }

    /// <summary>The suppressions covering the whole of <paramref name="block"/>.</summary>
    public IReadOnlyList<IacSuppression> ForBlock(Block block) => _blocks.TryGetValue(block, out var list) ? list : [];

    /// <summary>The suppressions covering single lines.</summary>
    public IReadOnlyList<(string File, IacSuppression Suppression)> Lines => _lines;

    private void Place(Comment comment, IReadOnlyList<IacSuppression> found, List<Block> blocks, string[] lines, HashSet<int> commentOnly, string file)
    {
        var line = comment.Range.StartLine;
        foreach (var suppression in found)
        {
            if (suppression.Tool == "kics" && suppression.Reason is "ignore" || suppression.Tool == "kics" && suppression.RuleId is not null)
            {
                blocks.ForEach(b => Cover(b, suppression));
                continue;
            }

            var inside = blocks.FirstOrDefault(b => b.Range.StartLine < line && line <= b.Range.EndLine);
            var onFirstLine = blocks.FirstOrDefault(b => b.Range.StartLine == line);
            var below = blocks.FirstOrDefault(b => b.Range.StartLine > line && Enumerable.Range(line, b.Range.StartLine - line).All(commentOnly.Contains));
            if (onFirstLine is not null)
            {
                Cover(onFirstLine, suppression);
            }
            else if (inside is null)
            {
                if (below is not null)
                {
                    Cover(below, suppression);
                }
            }
            else if (suppression.Tool == "checkov" || suppression.Reason == "ignore-block")
            {
                Cover(inside, suppression);
            }
            else
            {
                var covers = OwnLine(comment, lines) || suppression.Reason == "ignore-line" ? NextCodeLine(comment.Range.EndLine, lines, commentOnly) : line;
                _lines.Add((file, suppression with { CoversLine = covers }));
            }
        }
    }

    private void Cover(Block block, IacSuppression suppression)
    {
        if (!_blocks.TryGetValue(block, out var list))
        {
            _blocks[block] = list = [];
        }

        list.Add(suppression);
    }

    private static bool OwnLine(Comment comment, string[] lines)
    {
        var line = comment.Range.StartLine;
        if (line < 1 || line > lines.Length)
        {
            return false;
        }

        var before = lines[line - 1];
        return before[..Math.Min(before.Length, Math.Max(0, comment.Range.StartColumn - 1))].Trim().Length == 0;
    }

    private static int NextCodeLine(int after, string[] lines, HashSet<int> commentOnly)
    {
        for (var line = after + 1; line <= lines.Length; line++)
        {
            if (!commentOnly.Contains(line) && lines[line - 1].Trim().Length > 0)
            {
                return line;
            }
        }

        return after + 1;
    }
}
