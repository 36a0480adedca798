using System.Text.RegularExpressions;

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>
/// Cuts a Dockerfile into instructions the way BuildKit's parser does
/// (https://github.com/moby/buildkit/blob/master/frontend/dockerfile/parser/parser.go): a line ending in the escape
/// character continues on the next; comment lines and blank lines inside a continuation are skipped; RUN, COPY and
/// ADD in shell form read a body for every <c>&lt;&lt;WORD</c> in their first line, up to a line reading WORD.
/// </summary>
internal sealed partial class DockerfileLexer
{
    private static readonly string[] HeredocKeywords = ["RUN", "COPY", "ADD"];

    private readonly IReadOnlyList<string> _lines;
    private readonly DiagnosticList _problems;
    private char _escape = '\\';
    private int _next;

    private DockerfileLexer(IReadOnlyList<string> lines, DiagnosticList problems)
    {
        _lines = lines;
        _problems = problems;
    }

    /// <summary>Lexes <paramref name="text"/>; problems go to <paramref name="problems"/>.</summary>
    public static LexedDockerfile Lex(string text, DiagnosticList problems) =>
        new DockerfileLexer(SplitLines(text), problems).Run();

    private LexedDockerfile Run()
    {
        var directives = new List<ParserDirective>();
        _next = ParserDirectives.Read(_lines, directives, _problems);
        _escape = ParserDirectives.Escape(directives, _problems);

        var instructions = new List<RawInstruction>();
        var comments = new List<DockerComment>();
        while (_next < _lines.Count)
        {
            var line = _lines[_next++];
            var content = line.TrimStart();
            if (content.Length == 0)
            {
                continue;
            }

            if (content[0] == '#')
            {
                comments.Add(DockerComment.FromLine(line, _next));
                continue;
            }

            if (ReadInstruction(line, _next) is { } instruction)
            {
                instruction.Comments = comments;
                instructions.Add(instruction);
                comments = [];
            }
        }

        return new LexedDockerfile(_lines, directives, _escape, instructions, comments);
    }

    private RawInstruction? ReadInstruction(string first, int firstLine)
    {
        var text = new MappedText();
        var indent = first.Length - first.TrimStart().Length;
        var (piece, continues) = Uncontinue(first[indent..]);
        text.Append(piece, firstLine, indent + 1);

        var inner = new List<(DockerComment, int)>();
        var waiting = new List<DockerComment>();
        while (continues && _next < _lines.Count)
        {
            var line = _lines[_next++];
            var content = line.TrimStart();
            if (content.StartsWith('#'))
            {
                waiting.Add(DockerComment.FromLine(line, _next));
                continue;
            }

            if (content.Length == 0)
            {
                continue;
            }

            (piece, continues) = Uncontinue(line);
            inner.AddRange(waiting.Select(c => (c, _next)));
            waiting.Clear();
            text.Append(piece, _next, 1);
        }

        var header = text.Text;
        var words = ShellWords.Split(header, 0, header.Length, _escape);
        if (words.Count == 0)
        {
            return null;
        }

        var keyword = words[0] with { Value = header[words[0].Start..words[0].End] };
        var argumentsStart = words.Count > 1 ? words[1].Start : header.Length;
        var instruction = new RawInstruction { Text = text, HeaderEnd = header.Length, Keyword = keyword, ArgumentsStart = argumentsStart };
        instruction.InnerComments.AddRange(inner);
        ReadHeredocs(instruction, words);
        return instruction;
    }

    private void ReadHeredocs(RawInstruction instruction, List<ShellWord> words)
    {
        if (!CanHaveHeredocs(instruction, words))
        {
            return;
        }

        var header = instruction.Header;
        foreach (var word in ShellWords.Split(header, instruction.ArgumentsStart, header.Length, '\\'))
        {
            var match = HeredocWord().Match(word.Raw(header));
            var names = match.Success ? ShellWords.Split(match.Groups["word"].Value, 0, match.Groups["word"].Length, '\\') : [];
            if (names.Count == 1 && names[0].Value.Length > 0)
            {
                var quoted = match.Groups["word"].Value.IndexOfAny(['"', '\'']) >= 0;
                instruction.Heredocs.Add(new HeredocSpan(names[0].Value, match.Groups["chomp"].Length > 0, !quoted, word));
            }
        }

        foreach (var heredoc in instruction.Heredocs)
        {
            if (!ReadBody(instruction.Text, heredoc))
            {
                _problems.Add(instruction.Text.Range(heredoc.Word.Start, heredoc.Word.End),
                    $"unterminated heredoc: no line reads {heredoc.Name} before the end of the file");
                return;
            }
        }
    }

    private bool ReadBody(MappedText text, HeredocSpan heredoc)
    {
        heredoc.BodyStart = heredoc.BodyEnd = text.Length + 1;
        while (_next < _lines.Count)
        {
            var line = _lines[_next++];
            text.Append("\n", _next - 1, _lines[_next - 2].Length + 1);
            var candidate = heredoc.StripTabs ? line.TrimStart('\t') : line;
            if (candidate == heredoc.Name)
            {
                text.Append(line, _next, 1);
                heredoc.Terminated = true;
                return true;
            }

            text.Append(line, _next, 1);
            heredoc.BodyEnd = text.Length;
            heredoc.BodyLines++;
        }

        return false;
    }

    // Heredocs belong to RUN, COPY and ADD (also behind ONBUILD), and never to their JSON form.
    private static bool CanHaveHeredocs(RawInstruction instruction, List<ShellWord> words)
    {
        var header = instruction.Header;
        var keyword = instruction.Keyword.Value.ToUpperInvariant();
        var start = instruction.ArgumentsStart;
        if (keyword == "ONBUILD" && words.Count > 1)
        {
            keyword = words[1].Value.ToUpperInvariant();
            start = words.Count > 2 ? words[2].Start : header.Length;
        }

        if (!HeredocKeywords.Contains(keyword) || !header.Contains("<<", StringComparison.Ordinal))
        {
            return false;
        }

        var (_, rest) = InstructionFlags.Read(header, start, header.Length);
        return !ExecForm.Parse(header, rest, header.Length).IsExec;
    }

    private (string Piece, bool Continues) Uncontinue(string line)
    {
        var end = line.TrimEnd(' ', '\t');
        return end.Length > 0 && end[^1] == _escape ? (end[..^1], true) : (line, false);
    }

    private static List<string> SplitLines(string text)
    {
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        var lines = text.Split('\n').Select(l => l.EndsWith('\r') ? l[..^1] : l).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    // BuildKit's reHeredoc: an optional file descriptor, <<, an optional - and a word with no further <.
    [GeneratedRegex(@"^\d*<<(?<chomp>-?)(?<word>[^<]+)$")]
    private static partial Regex HeredocWord();
}
