namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>Error recovery: where to resume after a syntax error so later errors and items are still found.</summary>
internal sealed partial class Parser
{
    private readonly List<TokenKind> _skipStack = [];

    private static TokenKind CloserOf(TokenKind opener) => opener switch
    {
        TokenKind.LBrace => TokenKind.RBrace,
        TokenKind.LBracket => TokenKind.RBracket,
        TokenKind.LParen => TokenKind.RParen,
        TokenKind.OpenQuote => TokenKind.CloseQuote,
        TokenKind.OpenHeredoc => TokenKind.CloseHeredoc,
        TokenKind.TemplateInterp or TokenKind.TemplateControl => TokenKind.TemplateSeqEnd,
        _ => TokenKind.EndOfFile,
    };

    private static bool IsCloser(TokenKind kind) => kind is TokenKind.RBrace or TokenKind.RBracket or TokenKind.RParen
        or TokenKind.CloseQuote or TokenKind.CloseHeredoc or TokenKind.TemplateSeqEnd;

    /// <summary>
    /// Skips the rest of a body line: to its newline at bracket depth 0 (consumed), or to a '}' that closes the
    /// enclosing block (left for the block), or to the end.
    /// </summary>
    private void SkipLine()
    {
        _skipStack.Clear();
        while (true)
        {
            var token = _tokens[_i];
            if (token.Kind == TokenKind.EndOfFile)
            {
                return;
            }

            if (_skipStack.Count == 0 && (token.Kind == TokenKind.RBrace || token.Kind == TokenKind.TemplateSeqEnd))
            {
                return;
            }

            _i++;
            if (token.Kind == TokenKind.Newline && _skipStack.Count == 0)
            {
                return;
            }

            Track(token.Kind);
        }
    }

    /// <summary>
    /// Skips to <paramref name="closer"/> at depth 0 and consumes it (true), or stops where the construct must
    /// have ended (false): before a closer of an enclosing construct, at the end, or before a line that looks like
    /// the next body item.
    /// </summary>
    private bool SkipToCloser(TokenKind closer)
    {
        _skipStack.Clear();
        while (true)
        {
            var token = _tokens[_i];
            if (token.Kind == TokenKind.EndOfFile)
            {
                return false;
            }

            if (_skipStack.Count == 0)
            {
                if (token.Kind == closer)
                {
                    _i++;
                    _last = token;
                    return true;
                }

                if (token.Kind is TokenKind.RBrace or TokenKind.TemplateSeqEnd or TokenKind.CloseQuote or TokenKind.CloseHeredoc)
                {
                    return false;
                }

                // Template sequences always close (the lexer guarantees it), so only brackets need the heuristic.
                if (token.Kind == TokenKind.Newline && closer != TokenKind.TemplateSeqEnd && AtLastNewline()
                    && LooksLikeNextBodyItem(_i, closer != TokenKind.RBrace))
                {
                    return false;
                }
            }

            Consume(token);
        }
    }

    /// <summary>
    /// Skips the rest of a broken list item: stops after a ',' (or, if <paramref name="newlineEndsItem"/>, a
    /// newline) at depth 0 or before the list's <paramref name="closer"/> (true: the list goes on), or where the
    /// list must have ended (false).
    /// </summary>
    private bool SkipItem(TokenKind closer, bool newlineEndsItem)
    {
        _skipStack.Clear();
        while (true)
        {
            var token = _tokens[_i];
            if (token.Kind == TokenKind.EndOfFile)
            {
                return false;
            }

            if (_skipStack.Count == 0)
            {
                if (token.Kind == closer)
                {
                    return true;
                }

                if (token.Kind == TokenKind.Comma || (token.Kind == TokenKind.Newline && newlineEndsItem))
                {
                    Consume(token);
                    return true;
                }

                if (token.Kind is TokenKind.RBrace or TokenKind.TemplateSeqEnd or TokenKind.CloseQuote or TokenKind.CloseHeredoc
                    || (token.Kind == TokenKind.Newline && AtLastNewline() && LooksLikeNextBodyItem(_i, closer != TokenKind.RBrace)))
                {
                    return false;
                }
            }

            Consume(token);
        }
    }

    /// <summary>True at the last of a run of newlines, so a run of blank lines is looked past only once.</summary>
    private bool AtLastNewline() => _tokens[_i + 1].Kind != TokenKind.Newline;

    /// <summary>Steps over a token while skipping, following bracket nesting.</summary>
    private void Consume(in Token token)
    {
        _i++;
        if (token.Kind != TokenKind.Newline)
        {
            _last = token;
        }

        Track(token.Kind);
    }

    /// <summary>Follows bracket nesting while skipping; a closer that matches nothing open is ignored.</summary>
    private void Track(TokenKind kind)
    {
        var closer = CloserOf(kind);
        if (closer != TokenKind.EndOfFile)
        {
            _skipStack.Add(closer);
            return;
        }

        if (!IsCloser(kind))
        {
            return;
        }

        var match = _skipStack.LastIndexOf(kind);
        if (match >= 0)
        {
            _skipStack.RemoveRange(match, _skipStack.Count - match);
        }
    }

    /// <summary>
    /// True when the line after the newline at <paramref name="newline"/> starts like a block header
    /// (<c>name "label" {</c>) or, if <paramref name="orAttribute"/>, an attribute (<c>name =</c>): a sign that
    /// an unclosed bracket ended on the line before.
    /// </summary>
    private bool LooksLikeNextBodyItem(int newline, bool orAttribute)
    {
        var j = newline;
        while (_tokens[j].Kind == TokenKind.Newline)
        {
            j++;
        }

        if (_tokens[j].Kind != TokenKind.Identifier)
        {
            return false;
        }

        j++;
        if (orAttribute && _tokens[j].Kind == TokenKind.Equal)
        {
            return true;
        }

        while (true)
        {
            switch (_tokens[j].Kind)
            {
                case TokenKind.LBrace:
                    return true;
                case TokenKind.Identifier:
                    j++;
                    break;
                case TokenKind.OpenQuote:
                    j++;
                    while (_tokens[j].Kind == TokenKind.QuotedLiteral)
                    {
                        j++;
                    }

                    if (_tokens[j].Kind != TokenKind.CloseQuote)
                    {
                        return false;
                    }

                    j++;
                    break;
                default:
                    return false;
            }
        }
    }

    /// <summary>True when the current token begins a new line that looks like the next body item.</summary>
    private bool AtNextBodyItem(bool orAttribute)
    {
        Peek();
        return _i > 0 && _tokens[_i - 1].Kind == TokenKind.Newline && LooksLikeNextBodyItem(_i - 1, orAttribute);
    }

    /// <summary>
    /// Consumes the closer of a bracketed construct opened by <paramref name="open"/>. When it is missing,
    /// reports either the unclosed opener (the construct evidently ended) or the stray token (then skips to the
    /// closer), and returns false.
    /// </summary>
    private bool ExpectClose(in Token open, TokenKind closer, string closerText)
    {
        var token = Peek();
        if (token.Kind == closer)
        {
            Next();
            return true;
        }

        if (token.Kind is TokenKind.EndOfFile or TokenKind.RBrace or TokenKind.TemplateSeqEnd or TokenKind.CloseQuote or TokenKind.CloseHeredoc
            || AtNextBodyItem(closer != TokenKind.RBrace))
        {
            Error(open.Range, $"Unclosed '{Text(open)}': expected '{closerText}' before {Describe(token)} at line {token.Line}, column {token.Column}");
            UnskipNewlines();
            return false;
        }

        Unexpected(token, $"'{closerText}'");
        return SkipToCloser(closer);
    }
}
