using System.Buffers;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>The template part of the lexer: quoted strings and the <c>${</c> / <c>%{</c> sequences of every template.</summary>
internal sealed partial class Lexer
{
    private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\n\r\\$%");

    private bool LexQuoted()
    {
        var s = _src;
        if (_pos >= s.Length)
        {
            return AtEnd();
        }

        var c = s[_pos];
        if (c == '"')
        {
            Op(TokenKind.CloseQuote, 1);
            _depth--;
            return true;
        }

        if (c == '\n' || (c == '\r' && At(_pos + 1) == '\n'))
        {
            UnterminatedString();
            return true;
        }

        if ((c == '$' || c == '%') && At(_pos + 1) == '{')
        {
            return OpenSequence(c);
        }

        int start = _pos, line = _line, column = Column;
        _pos = ScanQuotedLiteral(_pos);
        Emit(TokenKind.QuotedLiteral, start, line, column);
        return true;
    }

    /// <summary>
    /// A quoted string reached the end of its line. Everything opened since the outermost string that started on
    /// this line is closed too (<c>"${ foo"</c> lacks a <c>}</c>, not a second quote), so the next line is read as
    /// configuration again.
    /// </summary>
    private void UnterminatedString()
    {
        var outer = _depth - 1;
        for (var k = _depth - 2; k >= 0 && _frames[k].Kind is not (FrameKind.Heredoc or FrameKind.Standalone); k--)
        {
            if (_frames[k].Kind == FrameKind.Quoted && _tokens[_frames[k].OpenToken].Line == _line)
            {
                outer = k;
            }
        }

        _diagnostics.Add(new Diagnostic(
            _tokens[_frames[outer].OpenToken].Range,
            "Unterminated string: a quoted string must end on the line it starts on; use a heredoc (<<EOT) for text over several lines"));
        for (var k = _depth - 1; k >= outer; k--)
        {
            switch (_frames[k].Kind)
            {
                case FrameKind.Quoted:
                    EmitEmpty(TokenKind.CloseQuote);
                    break;
                case FrameKind.TemplateSeq:
                    EmitEmpty(TokenKind.TemplateSeqEnd);
                    break;
            }
        }

        _depth = outer;
    }

    /// <summary>The end of the literal text starting at <paramref name="p"/>: before a quote, newline or sequence.</summary>
    private int ScanQuotedLiteral(int p)
    {
        var s = _src;
        while (true)
        {
            var next = s.AsSpan(p).IndexOfAny(QuotedStops);
            if (next < 0)
            {
                return s.Length;
            }

            p += next;
            var c = s[p];
            switch (c)
            {
                case '"':
                case '\n':
                    return p;
                case '\r':
                    if (At(p + 1) == '\n')
                    {
                        return p;
                    }

                    p++;
                    break;
                case '\\':
                    // An escape hides the next character, except a line end, which still ends the string.
                    p += p + 1 < s.Length && At(p + 1) is not ('\n' or '\r') ? 2 : 1;
                    break;
                default:
                    if (!SkipTemplateEscape(ref p))
                    {
                        return p;
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// At a <c>$</c> or <c>%</c>: false if it opens a sequence (the literal ends here); otherwise steps past it,
    /// or past a whole <c>$${</c> / <c>%%{</c> escape.
    /// </summary>
    private bool SkipTemplateEscape(ref int p)
    {
        var c = _src[p];
        var next = At(p + 1);
        if (next == '{')
        {
            return false;
        }

        p += next == c && At(p + 2) == '{' ? 3 : 1;
        return true;
    }

    private bool OpenSequence(char introducer)
    {
        int start = _pos, line = _line, column = Column;
        _pos += At(_pos + 2) == '~' ? 3 : 2;
        Emit(introducer == '$' ? TokenKind.TemplateInterp : TokenKind.TemplateControl, start, line, column);
        Push(new Frame { Kind = FrameKind.TemplateSeq, OpenToken = _tokens.Count - 1 });
        _atLineStart = false;
        return true;
    }
}
