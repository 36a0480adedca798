using System.Buffers;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>Heredocs (<c>&lt;&lt;EOT</c>, <c>&lt;&lt;-EOT</c>) and standalone templates, which lex like a heredoc body.</summary>
internal sealed partial class Lexer
{
    private static readonly SearchValues<char> HeredocStops = SearchValues.Create("\n$%");

    private bool LexHeredocIntro()
    {
        int start = _pos, line = _line, column = Column;
        var p = _pos + 2;
        if (At(p) == '-')
        {
            p++;
        }

        if (p >= _src.Length || !CharClass.IsIdStart(_src, p, out _))
        {
            return Op(TokenKind.Invalid, 2);
        }

        var markerStart = p;
        var markerEnd = ScanIdentifier(p);
        p = markerEnd;
        while (At(p) is ' ' or '\t')
        {
            p++;
        }

        var atEnd = p >= _src.Length;
        var crlf = At(p) == '\r' && At(p + 1) == '\n';
        if (!atEnd && At(p) != '\n' && !crlf)
        {
            return Op(TokenKind.Invalid, 2);
        }

        _pos = markerEnd;
        Emit(TokenKind.OpenHeredoc, start, line, column);
        Push(new Frame
        {
            Kind = FrameKind.Heredoc,
            OpenToken = _tokens.Count - 1,
            MarkerStart = markerStart,
            MarkerLength = markerEnd - markerStart,
            ResumePos = markerEnd,
            ResumeLine = _line,
            ResumeLineStart = _lineStart,
            CommentCount = _comments.Count,
            DiagnosticCount = _diagnostics.Count,
        });

        _pos = atEnd ? p : p + (crlf ? 2 : 1);
        if (!atEnd)
        {
            NewLine();
        }

        _atLineStart = true;
        return true;
    }

    private bool LexHeredoc()
    {
        if (_atLineStart && Top.Kind == FrameKind.Heredoc && TryCloseHeredoc(Top))
        {
            return true;
        }

        _atLineStart = false;
        var s = _src;
        if (_pos >= s.Length)
        {
            return AtEnd();
        }

        var c = s[_pos];
        if ((c == '$' || c == '%') && At(_pos + 1) == '{')
        {
            return OpenSequence(c);
        }

        int start = _pos, line = _line, column = Column;
        var p = _pos;
        while (true)
        {
            var next = s.AsSpan(p).IndexOfAny(HeredocStops);
            if (next < 0)
            {
                p = s.Length;
                break;
            }

            p += next;
            if (s[p] == '\n')
            {
                // Each literal stops after its line end, so the parser sees line-leading text for <<- indentation.
                p++;
                _atLineStart = true;
                break;
            }

            if (!SkipTemplateEscape(ref p))
            {
                break;
            }
        }

        _pos = p;
        Emit(TokenKind.HeredocLiteral, start, line, column);
        if (_atLineStart)
        {
            NewLine();
        }

        return true;
    }

    /// <summary>Closes the heredoc if the line at <see cref="_pos"/> holds only its marker (spaces around allowed).</summary>
    private bool TryCloseHeredoc(in Frame frame)
    {
        var s = _src;
        var p = _pos;
        while (At(p) is ' ' or '\t')
        {
            p++;
        }

        var end = p + frame.MarkerLength;
        if (end > s.Length || !s.AsSpan(p, frame.MarkerLength).SequenceEqual(s.AsSpan(frame.MarkerStart, frame.MarkerLength)))
        {
            return false;
        }

        var q = end;
        while (At(q) is ' ' or '\t')
        {
            q++;
        }

        if (q < s.Length && s[q] != '\n' && !(s[q] == '\r' && At(q + 1) == '\n'))
        {
            return false;
        }

        _pos = p;
        int line = _line, column = Column;
        _pos = end;
        Emit(TokenKind.CloseHeredoc, p, line, column);
        _depth--;
        _atLineStart = false;
        return true;
    }
}
