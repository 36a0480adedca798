namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>Tuple and object constructors, and the for expressions that share their brackets.</summary>
internal sealed partial class Parser
{
    private Expression ParseTupleOrFor()
    {
        var open = Next();
        if (!Enter(open))
        {
            SkipToCloser(TokenKind.RBracket);
            Leave();
            return new InvalidExpr(Span(open.Range, _last.Range));
        }

        var saved = SetNewlines(false);
        var result = IsKeyword(Peek(), "for") ? ParseFor(open, TokenKind.RBracket) : ParseTupleItems(open);
        SetNewlines(saved);
        Leave();
        return result;
    }

    private TupleExpr ParseTupleItems(in Token open)
    {
        var items = new List<Expression>();
        while (!AtListEnd(TokenKind.RBracket))
        {
            var errors = _diagnostics.Count;
            items.Add(ParseExpression());
            if (!AfterListItem(TokenKind.RBracket, errors, "',' or ']' between tuple elements"))
            {
                break;
            }
        }

        ExpectClose(open, TokenKind.RBracket, "]");
        return new TupleExpr(items, Span(open.Range, _last.Range));
    }

    private Expression ParseObjectOrFor()
    {
        var open = Next();
        if (!Enter(open))
        {
            SkipToCloser(TokenKind.RBrace);
            Leave();
            return new InvalidExpr(Span(open.Range, _last.Range));
        }

        var saved = SetNewlines(false);
        Expression result;
        if (IsKeyword(Peek(), "for"))
        {
            result = ParseFor(open, TokenKind.RBrace);
        }
        else
        {
            // Newlines separate object items, as commas do.
            SetNewlines(true);
            result = ParseObjectItems(open);
        }

        SetNewlines(saved);
        Leave();
        return result;
    }

    private ObjectExpr ParseObjectItems(in Token open)
    {
        var items = new List<ObjectItem>();
        while (true)
        {
            SkipNewlines();
            var token = Peek();
            if (token.Kind is TokenKind.RBrace or TokenKind.EndOfFile or TokenKind.TemplateSeqEnd or TokenKind.CloseQuote or TokenKind.CloseHeredoc
                || AtNextBodyItem(orAttribute: false))
            {
                break;
            }

            var errors = _diagnostics.Count;
            if (ParseObjectItem(errors) is { } item)
            {
                items.Add(item);
            }

            token = Peek();
            if (token.Kind is TokenKind.Comma or TokenKind.Newline)
            {
                Next();
                continue;
            }

            if (token.Kind is TokenKind.RBrace or TokenKind.EndOfFile or TokenKind.TemplateSeqEnd or TokenKind.CloseQuote or TokenKind.CloseHeredoc)
            {
                break;
            }

            if (_diagnostics.Count == errors)
            {
                Unexpected(token, "',' or a newline between object items");
            }

            if (!SkipItem(TokenKind.RBrace, newlineEndsItem: true))
            {
                break;
            }
        }

        ExpectClose(open, TokenKind.RBrace, "}");
        return new ObjectExpr(items, Span(open.Range, _last.Range));
    }

    private ObjectItem? ParseObjectItem(int errorsBefore)
    {
        var token = Peek();
        Expression key;
        var keyIsIdentifier = false;
        if (token.Kind == TokenKind.Identifier && PeekAhead(1).Kind is TokenKind.Equal or TokenKind.Colon)
        {
            Next();
            key = new VariableExpr(Name(token), token.Range);
            keyIsIdentifier = true;
        }
        else
        {
            key = ParseExpression();
        }

        var separator = Peek();
        if (separator.Kind is not (TokenKind.Equal or TokenKind.Colon))
        {
            if (_diagnostics.Count == errorsBefore)
            {
                Unexpected(separator, "'=' or ':' after the object key");
            }

            return null;
        }

        Next();
        SkipNewlinesAfterOperator();
        return new ObjectItem(key, keyIsIdentifier, ParseExpression());
    }

    /// <summary>
    /// <c>[for k, v in coll : value if cond]</c> or <c>{for k, v in coll : key => value... if cond}</c>, from
    /// the <c>for</c> keyword on; newlines are ignored throughout.
    /// </summary>
    private Expression ParseFor(Token open, TokenKind closer)
    {
        SetNewlines(false);
        Next();
        var errors = _diagnostics.Count;
        var first = Peek();
        if (first.Kind != TokenKind.Identifier)
        {
            return FailFor(open, closer, errors, first, "the name of an iteration variable after 'for'");
        }

        Next();
        string? keyVariable = null;
        var valueVariable = Name(first);
        if (PeekKind() == TokenKind.Comma)
        {
            Next();
            var second = Peek();
            if (second.Kind != TokenKind.Identifier)
            {
                return FailFor(open, closer, errors, second, "the name of the value variable after ','");
            }

            Next();
            keyVariable = valueVariable;
            valueVariable = Name(second);
        }

        if (!IsKeyword(Peek(), "in"))
        {
            return FailFor(open, closer, errors, Peek(), "'in' after the iteration variables");
        }

        Next();
        var collection = ParseExpression();
        if (PeekKind() != TokenKind.Colon)
        {
            return FailFor(open, closer, errors, Peek(), "':' after the collection of the for expression");
        }

        Next();
        Expression? keyExpression = null;
        var grouped = false;
        if (closer == TokenKind.RBrace)
        {
            keyExpression = ParseExpression();
            if (PeekKind() != TokenKind.FatArrow)
            {
                return FailFor(open, closer, errors, Peek(), "'=>' between the key and the value of an object for expression");
            }

            Next();
        }

        var valueExpression = ParseExpression();
        if (keyExpression is not null && PeekKind() == TokenKind.Ellipsis)
        {
            Next();
            grouped = true;
        }

        Expression? condition = null;
        if (IsKeyword(Peek(), "if"))
        {
            Next();
            condition = ParseExpression();
        }

        ExpectClose(open, closer, closer == TokenKind.RBrace ? "}" : "]");
        var clauses = new ForClauses(keyVariable, valueVariable, collection, keyExpression, valueExpression, condition, grouped);
        return new ForExpr(clauses, Span(open.Range, _last.Range));
    }

    private InvalidExpr FailFor(in Token open, TokenKind closer, int errorsBefore, in Token found, string expected)
    {
        if (_diagnostics.Count == errorsBefore)
        {
            Unexpected(found, expected);
        }

        SkipToCloser(closer);
        return new InvalidExpr(Span(open.Range, _last.Range));
    }
}
