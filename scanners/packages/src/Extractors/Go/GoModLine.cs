using System.Text;

namespace Bulwark.Scanners.Packages.Extractors.Go;

/// <summary>
/// One go.mod line split into words and its trailing <c>//</c> comment, following the lexical rules of the
/// go.mod reference (https://go.dev/ref/mod#go-mod-file-lexical): interpreted strings in double quotes, raw
/// strings in backquotes, <c>//</c> comments to the end of the line.
/// </summary>
internal sealed class GoModLine
{
    private GoModLine(int number, List<GoModToken> tokens, string comment, string? error)
    {
        Number = number;
        Tokens = tokens;
        Comment = comment;
        Error = error;
    }

    /// <summary>The 1-based line number.</summary>
    public int Number { get; }

    /// <summary>The words before any comment.</summary>
    public IReadOnlyList<GoModToken> Tokens { get; }

    /// <summary>The comment text after <c>//</c>, trimmed; empty when there is none.</summary>
    public string Comment { get; }

    /// <summary>What is wrong with the line's words (an unterminated string), or null.</summary>
    public string? Error { get; }

    /// <summary>
    /// True when the comment marks the requirement as indirect: <c>// indirect</c>, or <c>// indirect; …</c>
    /// when more text follows, as the go command writes it.
    /// </summary>
    public bool MarksIndirect =>
        Comment == "indirect" || Comment.StartsWith("indirect;", StringComparison.Ordinal);

    /// <summary>Splits <paramref name="text"/>, the content of line <paramref name="number"/>.</summary>
    public static GoModLine Split(int number, string text)
    {
        var tokens = new List<GoModToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                return new GoModLine(number, tokens, text[(i + 2)..].Trim(), null);
            }
            else if (c is '"' or '`')
            {
                var (word, end, error) = Quoted(text, i);
                if (error is not null)
                {
                    return new GoModLine(number, tokens, "", error);
                }

                tokens.Add(new GoModToken(word, i + 1, Quoted: true));
                i = end;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new GoModToken(c.ToString(), i + 1, Quoted: false));
                i++;
            }
            else if (c == '=' && i + 1 < text.Length && text[i + 1] == '>')
            {
                tokens.Add(new GoModToken("=>", i + 1, Quoted: false));
                i += 2;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not '(' and not ')' and not '"' and not '`'
                    && !(text[i] == '/' && i + 1 < text.Length && text[i + 1] == '/')
                    && !(text[i] == '=' && i + 1 < text.Length && text[i + 1] == '>'))
                {
                    i++;
                }

                tokens.Add(new GoModToken(text[start..i], start + 1, Quoted: false));
            }
        }

        return new GoModLine(number, tokens, "", null);
    }

    private static (string Word, int End, string? Error) Quoted(string text, int start)
    {
        var quote = text[start];
        var word = new StringBuilder();
        for (var i = start + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == quote)
            {
                return (word.ToString(), i + 1, null);
            }

            if (quote == '"' && c == '\\' && i + 1 < text.Length)
            {
                i++;
                word.Append(text[i]);
                continue;
            }

            word.Append(c);
        }

        return ("", text.Length, $"the string starting at column {start + 1} is not closed with {quote}");
    }
}
