using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>Postfix operators: attribute access, indexes (including legacy <c>.0</c>) and splats.</summary>
internal sealed partial class Parser
{
    private Expression ParsePostfix()
    {
        var expression = ParseTerm();
        while (true)
        {
            switch (PeekKind())
            {
                case TokenKind.Dot:
                    expression = Bounded(ParseDotStep(expression));
                    break;
                case TokenKind.LBracket:
                    expression = Bounded(ParseBracketStep(expression));
                    break;
                default:
                    return expression;
            }
        }
    }

    private Expression ParseDotStep(Expression source)
    {
        var dot = Next();
        var token = Peek();
        switch (token.Kind)
        {
            case TokenKind.Identifier:
                Next();
                return new GetAttrExpr(source, Name(token), token.Range);
            case TokenKind.Number:
                Next();
                return LegacyIndex(source, token);
            case TokenKind.Star:
                Next();
                return ParseAttributeSplat(source, Span(dot.Range, token.Range));
            default:
                Unexpected(token, "an attribute name after '.'");
                return source;
        }
    }

    private Expression ParseBracketStep(Expression source)
    {
        var open = Next();
        var saved = SetNewlines(false);
        if (PeekKind() == TokenKind.Star && PeekAhead(1).Kind == TokenKind.RBracket)
        {
            Next();
            var close = Next();
            SetNewlines(saved);
            return ParseFullSplat(source, Span(open.Range, close.Range));
        }

        var index = ParseIndex(source, open);
        SetNewlines(saved);
        return index;
    }

    /// <summary>The rest of <c>[key]</c> after its <c>[</c>, with newlines already ignored.</summary>
    private IndexExpr ParseIndex(Expression source, in Token open)
    {
        var key = ParseExpression();
        ExpectClose(open, TokenKind.RBracket, "]");
        return new IndexExpr(source, key, isLegacy: false, Span(source.Range, _last.Range));
    }

    /// <summary>
    /// <c>source.0</c>. The lexer reads <c>foo.0.1</c> as <c>foo</c>, <c>.</c>, <c>0.1</c>; the specification
    /// calls that invalid, so it is reported, but both indexes are still built since nothing else was meant.
    /// </summary>
    private Expression LegacyIndex(Expression source, in Token number)
    {
        var text = _src.AsSpan(number.Start, number.Length);
        var dot = text.IndexOf('.');
        if (text.ContainsAny('e', 'E'))
        {
            Error(number.Range, "Expected an attribute name or a whole-number index after '.'");
            return source;
        }

        if (dot < 0)
        {
            return new IndexExpr(source, new NumberLiteralExpr(Name(number), number.Range), isLegacy: true, Span(source.Range, number.Range));
        }

        Error(number.Range, $"Legacy index syntax can't be chained; write [{text[..dot]}][{text[(dot + 1)..]}] instead of .{text}");
        var firstRange = new SourceRange(number.Line, number.Column, number.Line, number.Column + dot);
        var secondRange = new SourceRange(number.Line, number.Column + dot + 1, number.EndLine, number.EndColumn);
        var first = new IndexExpr(source, new NumberLiteralExpr(text[..dot].ToString(), firstRange), isLegacy: true, Span(source.Range, firstRange));
        return new IndexExpr(first, new NumberLiteralExpr(text[(dot + 1)..].ToString(), secondRange), isLegacy: true, Span(source.Range, secondRange));
    }

    /// <summary><c>source.*.a.b</c>: only attribute (and legacy index) steps belong to the splat.</summary>
    private Expression ParseAttributeSplat(Expression source, SourceRange operatorRange)
    {
        Expression each = new SplatItemExpr(operatorRange);
        while (PeekKind() == TokenKind.Dot && each.Depth < MaxTreeDepth)
        {
            var step = PeekAhead(1);
            if (step.Kind == TokenKind.Identifier)
            {
                Next();
                Next();
                each = new GetAttrExpr(each, Name(step), step.Range);
            }
            else if (step.Kind == TokenKind.Number && IsWholeNumber(step))
            {
                Next();
                Next();
                each = new IndexExpr(each, new NumberLiteralExpr(Name(step), step.Range), isLegacy: true, Span(each.Range, step.Range));
            }
            else
            {
                break;
            }
        }

        return new SplatExpr(source, each, isFull: false, Span(source.Range, each.Range));
    }

    /// <summary><c>source[*].a[0].b</c>: attribute and index steps belong to the splat, up to another splat.</summary>
    private Expression ParseFullSplat(Expression source, SourceRange operatorRange)
    {
        Expression each = new SplatItemExpr(operatorRange);
        while (each.Depth < MaxTreeDepth)
        {
            var token = Peek();
            var step = PeekAhead(1);
            if (token.Kind == TokenKind.Dot && step.Kind == TokenKind.Identifier)
            {
                Next();
                Next();
                each = new GetAttrExpr(each, Name(step), step.Range);
            }
            else if (token.Kind == TokenKind.Dot && step.Kind == TokenKind.Number && IsWholeNumber(step))
            {
                Next();
                Next();
                each = new IndexExpr(each, new NumberLiteralExpr(Name(step), step.Range), isLegacy: true, Span(each.Range, step.Range));
            }
            else if (token.Kind == TokenKind.LBracket && !(step.Kind == TokenKind.Star && PeekAhead(2).Kind == TokenKind.RBracket))
            {
                var open = Next();
                var saved = SetNewlines(false);
                each = ParseIndex(each, open);
                SetNewlines(saved);
            }
            else
            {
                break;
            }
        }

        return new SplatExpr(source, each, isFull: true, Span(source.Range, each.Range));
    }

    private bool IsWholeNumber(in Token number) => !_src.AsSpan(number.Start, number.Length).ContainsAnyExcept("0123456789");
}
