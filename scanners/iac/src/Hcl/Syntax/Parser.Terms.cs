using System.Text;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>Expression terms: literals, variables, function calls and parentheses.</summary>
internal sealed partial class Parser
{
    private Expression ParseTerm()
    {
        var token = Peek();
        switch (token.Kind)
        {
            case TokenKind.Number:
                Next();
                return new NumberLiteralExpr(Text(token), token.Range);
            case TokenKind.Identifier:
                return ParseIdentifierTerm();
            case TokenKind.OpenQuote:
                return ParseQuotedTemplate();
            case TokenKind.OpenHeredoc:
                return ParseHeredoc();
            case TokenKind.LParen:
                return ParseParentheses();
            case TokenKind.LBracket:
                return ParseTupleOrFor();
            case TokenKind.LBrace:
                return ParseObjectOrFor();
        }

        Unexpected(token, "an expression");
        if (token.Kind == TokenKind.Invalid)
        {
            // Consumed so the same character is not reported again by whoever looks at it next.
            Next();
            return new InvalidExpr(token.Range);
        }

        return new InvalidExpr(token.StartRange);
    }

    private Expression ParseIdentifierTerm()
    {
        var token = Next();
        var next = Peek();
        if (next.Kind == TokenKind.LParen)
        {
            return ParseCall(Name(token), token.Range);
        }

        if (next.Kind == TokenKind.DoubleColon)
        {
            return ParseNamespacedCall(token);
        }

        var name = _src.AsSpan(token.Start, token.Length);
        if (name.SequenceEqual("true") || name.SequenceEqual("false"))
        {
            return new BoolLiteralExpr(name[0] == 't', token.Range);
        }

        if (name.SequenceEqual("null"))
        {
            return new NullLiteralExpr(token.Range);
        }

        return new VariableExpr(Name(token), token.Range);
    }

    /// <summary>A provider-defined function such as <c>provider::aws::arn_parse(x)</c>.</summary>
    private Expression ParseNamespacedCall(in Token first)
    {
        var name = new StringBuilder(Text(first));
        var last = first;
        while (PeekKind() == TokenKind.DoubleColon)
        {
            Next();
            var part = Peek();
            if (part.Kind != TokenKind.Identifier)
            {
                Unexpected(part, "a name after '::'");
                return new InvalidExpr(Span(first.Range, _last.Range));
            }

            Next();
            name.Append("::").Append(_src, part.Start, part.Length);
            last = part;
        }

        var open = Peek();
        if (open.Kind != TokenKind.LParen)
        {
            Unexpected(open, $"'(' to call the function '{name}'");
            return new InvalidExpr(Span(first.Range, last.Range));
        }

        return ParseCall(name.ToString(), Span(first.Range, last.Range));
    }

    private Expression ParseCall(string name, SourceRange nameRange)
    {
        var open = Next();
        if (!Enter(open))
        {
            SkipToCloser(TokenKind.RParen);
            Leave();
            return new InvalidExpr(Span(nameRange, _last.Range));
        }

        var saved = SetNewlines(false);
        var arguments = new List<Expression>();
        var expand = false;
        while (!AtListEnd(TokenKind.RParen))
        {
            var errors = _diagnostics.Count;
            arguments.Add(ParseExpression());
            var token = Peek();
            if (token.Kind == TokenKind.Ellipsis)
            {
                // '...' expands the final argument, so the list must end here (a trailing comma is tolerated).
                Next();
                expand = true;
                if (PeekKind() == TokenKind.Comma)
                {
                    Next();
                }

                break;
            }

            if (!AfterListItem(TokenKind.RParen, errors, "',' or ')' in the argument list"))
            {
                break;
            }
        }

        ExpectClose(open, TokenKind.RParen, ")");
        SetNewlines(saved);
        Leave();
        return new FunctionCallExpr(name, nameRange, arguments, expand, Span(nameRange, _last.Range));
    }

    private Expression ParseParentheses()
    {
        var open = Next();
        if (!Enter(open))
        {
            SkipToCloser(TokenKind.RParen);
            Leave();
            return new InvalidExpr(Span(open.Range, _last.Range));
        }

        var saved = SetNewlines(false);
        var inner = ParseExpression();
        ExpectClose(open, TokenKind.RParen, ")");
        SetNewlines(saved);
        Leave();
        return new ParenthesesExpr(inner, Span(open.Range, _last.Range));
    }

    /// <summary>True when a comma-separated list has reached its closer or evidently ended without one.</summary>
    private bool AtListEnd(TokenKind closer)
    {
        var token = Peek();
        return token.Kind == closer
            || token.Kind is TokenKind.EndOfFile or TokenKind.RBrace or TokenKind.TemplateSeqEnd or TokenKind.CloseQuote or TokenKind.CloseHeredoc
            || AtNextBodyItem(closer != TokenKind.RBrace);
    }

    /// <summary>
    /// After a list item: consumes a separating comma (true: another item may follow). At the closer or the
    /// evident end of the list returns false; otherwise reports the stray token and skips past the broken item.
    /// </summary>
    private bool AfterListItem(TokenKind closer, int errorsBefore, string expected)
    {
        var token = Peek();
        if (token.Kind == TokenKind.Comma)
        {
            Next();
            return true;
        }

        if (AtListEnd(closer))
        {
            return false;
        }

        if (_diagnostics.Count == errorsBefore)
        {
            Unexpected(token, expected);
        }

        return SkipItem(closer, newlineEndsItem: false);
    }
}
