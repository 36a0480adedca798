using Bulwark.Scanners.Iac.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace Bulwark.Scanners.Iac.Yaml;

/// <summary>A <c>#</c> comment as the YAML scanner saw it (so never one inside a quoted or block scalar).</summary>
/// <param name="Text">The comment without its <c>#</c>.</param>
/// <param name="Range">Where it is written.</param>
/// <param name="Inline">True when it follows content on the same line.</param>
internal sealed record YamlComment(string Text, SourceRange Range, bool Inline);

/// <summary>
/// The lexical shape of a YAML file that the node tree forgets: its comments, and which lines carry content
/// at which indentation. Suppression comments are placed with it.
/// </summary>
internal sealed class YamlLayout
{
    private readonly Dictionary<int, LineShape> lines = [];
    private readonly List<int> contentLines = [];
    private readonly List<YamlComment> comments = [];

    /// <summary>Every comment, in file order.</summary>
    public IReadOnlyList<YamlComment> Comments => comments;

    /// <summary>
    /// Scans one chunk whose first line is file line <paramref name="firstLine"/>. Returns where the innermost
    /// bracket left unclosed was opened, or an unknown range: the parser reports such an error only where it
    /// gave up, often the end of the document.
    /// </summary>
    public SourceRange Add(string text, int firstLine = 1)
    {
        var offset = firstLine - 1;
        var scanner = new Scanner(new StringReader(text), skipComments: false);
        var open = new Stack<Mark>();
        try
        {
            while (scanner.MoveNext() && scanner.Current is { } token and not Error)
            {
                switch (token)
                {
                    case Comment c:
                        comments.Add(new YamlComment(c.Value, Range(c.Start, c.End, offset), c.IsInline));
                        continue;
                    case FlowSequenceStart or FlowMappingStart:
                        open.Push(token.Start);
                        break;
                    case FlowSequenceEnd or FlowMappingEnd when open.Count > 0:
                        open.Pop();
                        break;
                    case StreamStart or StreamEnd or DocumentStart or DocumentEnd or BlockEnd or BlockMappingStart or BlockSequenceStart
                        or VersionDirective or TagDirective:
                        continue;
                }

                Record(token, offset);
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // The parser reports the same error; what was scanned before it still counts.
        }

        return open.Count > 0 ? SourceRange.Line((int)open.Peek().Line + offset, (int)open.Peek().Column, (int)open.Peek().Column + 1) : SourceRange.None;
    }

    /// <summary>The first line after <paramref name="line"/> that carries content, or 0.</summary>
    public int NextContentLine(int line)
    {
        var at = After(line);
        return at < contentLines.Count ? contentLines[at] : 0;
    }

    /// <summary>True when some line before <paramref name="line"/> carries content.</summary>
    public bool HasContentBefore(int line) => contentLines.Count > 0 && contentLines[0] < line;

    /// <summary>
    /// The last line of the block that starts on <paramref name="line"/>: the following lines indented deeper,
    /// plus a sequence written at its key's own indentation (<c>containers:</c> then <c>- name:</c>).
    /// </summary>
    public int BlockLastLine(int line)
    {
        if (!lines.TryGetValue(line, out var start))
        {
            return line;
        }

        var end = start.LastLine;
        for (var i = After(line); i < contentLines.Count; i++)
        {
            var shape = lines[contentLines[i]];
            var inside = shape.Column > start.Column || (!start.StartsWithEntry && shape.StartsWithEntry && shape.Column == start.Column);
            if (!inside)
            {
                break;
            }

            end = Math.Max(end, shape.LastLine);
        }

        return end;
    }

    // The index of the first content line after line.
    private int After(int line)
    {
        var at = contentLines.BinarySearch(line);
        return at >= 0 ? at + 1 : ~at;
    }

    private void Record(Token token, int offset)
    {
        var line = (int)token.Start.Line + offset;
        var endLine = (int)token.End.Line + offset;
        if (token.End.Column == 1 && endLine > line)
        {
            endLine--;
        }

        if (lines.TryGetValue(line, out var shape))
        {
            lines[line] = shape with { LastLine = Math.Max(shape.LastLine, endLine) };
            return;
        }

        lines[line] = new LineShape((int)token.Start.Column, token is BlockEntry, endLine);
        var at = contentLines.BinarySearch(line);
        contentLines.Insert(~at, line);
    }

    private static SourceRange Range(Mark start, Mark end, int offset) =>
        new((int)start.Line + offset, (int)start.Column, (int)end.Line + offset, (int)end.Column);

    // Column and kind of the first token on a line, and the last line any token starting there reaches.
    private readonly record struct LineShape(int Column, bool StartsWithEntry, int LastLine);
}
