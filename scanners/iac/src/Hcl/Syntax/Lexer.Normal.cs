namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>The expression and structure part of the lexer: operators, names, numbers, comments, newlines.</summary>
internal sealed partial class Lexer
{
    private bool LexNormal()
    {
        var s = _src;
        while (_pos < s.Length)
        {
            var space = s[_pos];
            // A lone carriage return is not a newline in HCL; reading it as space keeps old Mac files usable.
            if (space == ' ' || space == '\t' || (space == '\r' && At(_pos + 1) != '\n'))
            {
                _pos++;
                continue;
            }

            break;
        }

        if (_pos >= s.Length)
        {
            return AtEnd();
        }

        var c = s[_pos];
        switch (c)
        {
            case '\n':
            case '\r':
                return LexNewline();
            case '#':
                return LineComment(1, CommentStyle.Hash);
            case '/':
                return At(_pos + 1) switch
                {
                    '/' => LineComment(2, CommentStyle.DoubleSlash),
                    '*' => BlockComment(),
                    _ => Op(TokenKind.Slash, 1),
                };
            case '"':
                Op(TokenKind.OpenQuote, 1);
                Push(new Frame { Kind = FrameKind.Quoted, OpenToken = _tokens.Count - 1 });
                return true;
            case '{':
                Push(new Frame { Kind = FrameKind.Brace });
                return Op(TokenKind.LBrace, 1);
            case '}':
                return CloseBrace(1);
            case '~':
                return At(_pos + 1) == '}' && _depth > 0 && Top.Kind == FrameKind.TemplateSeq ? CloseBrace(2) : Invalid();
            case '[':
                return Op(TokenKind.LBracket, 1);
            case ']':
                return Op(TokenKind.RBracket, 1);
            case '(':
                return Op(TokenKind.LParen, 1);
            case ')':
                return Op(TokenKind.RParen, 1);
            case ',':
                return Op(TokenKind.Comma, 1);
            case '?':
                return Op(TokenKind.Question, 1);
            case '+':
                return Op(TokenKind.Plus, 1);
            case '-':
                return Op(TokenKind.Minus, 1);
            case '*':
                return Op(TokenKind.Star, 1);
            case '%':
                return Op(TokenKind.Percent, 1);
            case '.':
                return At(_pos + 1) == '.' && At(_pos + 2) == '.' ? Op(TokenKind.Ellipsis, 3) : Op(TokenKind.Dot, 1);
            case ':':
                return At(_pos + 1) == ':' ? Op(TokenKind.DoubleColon, 2) : Op(TokenKind.Colon, 1);
            case '=':
                return At(_pos + 1) switch
                {
                    '=' => Op(TokenKind.EqualEqual, 2),
                    '>' => Op(TokenKind.FatArrow, 2),
                    _ => Op(TokenKind.Equal, 1),
                };
            case '!':
                return At(_pos + 1) == '=' ? Op(TokenKind.NotEqual, 2) : Op(TokenKind.Bang, 1);
            case '<':
                return At(_pos + 1) switch
                {
                    '<' => LexHeredocIntro(),
                    '=' => Op(TokenKind.LessEqual, 2),
                    _ => Op(TokenKind.Less, 1),
                };
            case '>':
                return At(_pos + 1) == '=' ? Op(TokenKind.GreaterEqual, 2) : Op(TokenKind.Greater, 1);
            case '&':
                return At(_pos + 1) == '&' ? Op(TokenKind.And, 2) : Invalid();
            case '|':
                return At(_pos + 1) == '|' ? Op(TokenKind.Or, 2) : Invalid();
        }

        if (CharClass.IsDigit(c))
        {
            return Number();
        }

        return CharClass.IsIdStart(s, _pos, out _) ? Identifier() : Invalid();
    }

    private bool Op(TokenKind kind, int length)
    {
        int start = _pos, line = _line, column = Column;
        _pos += length;
        Emit(kind, start, line, column);
        return true;
    }

    private bool Invalid()
    {
        var width = char.IsHighSurrogate(_src[_pos]) && char.IsLowSurrogate(At(_pos + 1)) ? 2 : 1;
        return Op(TokenKind.Invalid, width);
    }

    private bool CloseBrace(int length)
    {
        if (_depth > 0 && Top.Kind == FrameKind.TemplateSeq)
        {
            Op(TokenKind.TemplateSeqEnd, length);
            _depth--;
            _atLineStart = false;
            return true;
        }

        // An unmatched '}' at the top is left for the parser to report.
        if (_depth > 0 && Top.Kind == FrameKind.Brace)
        {
            _depth--;
        }

        return Op(TokenKind.RBrace, 1);
    }

    private bool LexNewline()
    {
        int start = _pos, line = _line, column = Column;
        _pos += _src[_pos] == '\r' ? 2 : 1;
        _tokens.Add(new Token(TokenKind.Newline, start, _pos, line, column));
        NewLine();
        return true;
    }

    private bool Number()
    {
        int start = _pos, line = _line, column = Column;
        var p = SkipDigits(_pos);
        if (At(p) == '.' && CharClass.IsDigit(At(p + 1)))
        {
            p = SkipDigits(p + 1);
        }

        if ((At(p) | 0x20) == 'e')
        {
            var q = At(p + 1) is '+' or '-' ? p + 2 : p + 1;
            if (CharClass.IsDigit(At(q)))
            {
                p = SkipDigits(q);
            }
        }

        _pos = p;
        Emit(TokenKind.Number, start, line, column);
        return true;
    }

    private int SkipDigits(int p)
    {
        while (CharClass.IsDigit(At(p)))
        {
            p++;
        }

        return p;
    }

    private bool Identifier()
    {
        int start = _pos, line = _line, column = Column;
        _pos = ScanIdentifier(_pos);
        Emit(TokenKind.Identifier, start, line, column);
        return true;
    }

    /// <summary>The end of the identifier starting at <paramref name="p"/> (which must be an identifier start).</summary>
    private int ScanIdentifier(int p)
    {
        CharClass.IsIdStart(_src, p, out var width);
        p += width;
        while (p < _src.Length && CharClass.IsIdContinue(_src, p, out width))
        {
            p += width;
        }

        return p;
    }
}
