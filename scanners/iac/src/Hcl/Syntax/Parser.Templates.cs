namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>
/// Templates: quoted strings, heredocs, interpolations and directives. Strip markers are applied here by
/// token adjacency: <c>${~</c> trims the literal token just before it, <c>~}</c> the literal token just after.
/// </summary>
internal sealed partial class Parser
{
    private static readonly TemplatePart[] NoParts = [];

    private TemplateLiteral? _lastLiteral;
    private int _lastLiteralToken = -1;
    private int _stripLeadingToken = -1;

    private TemplateExpr ParseQuotedTemplate()
    {
        var open = Next();

        // Most strings are plain text; they get an exact one-part array instead of a growable list.
        if (_tokens[_i].Kind == TokenKind.QuotedLiteral && _tokens[_i + 1].Kind == TokenKind.CloseQuote)
        {
            TemplatePart[] single = [MakeLiteral(_tokens[_i], _i)];
            _last = _tokens[_i + 1];
            _i += 2;
            return new TemplateExpr(single, isHeredoc: false, Span(open.Range, _last.Range));
        }

        var parts = new List<TemplatePart>();
        ParseTemplateParts(parts, nested: false);
        if (_tokens[_i].Kind == TokenKind.CloseQuote)
        {
            _last = _tokens[_i++];
        }

        return new TemplateExpr(parts, isHeredoc: false, Span(open.Range, _last.Range));
    }

    private TemplateExpr ParseHeredoc()
    {
        var open = Next();
        var savedIndent = _flushIndent;
        _flushIndent = _src[open.Start + 2] == '-' ? MeasureIndent(_i) : 0;
        var parts = new List<TemplatePart>();
        ParseTemplateParts(parts, nested: false);
        if (_tokens[_i].Kind == TokenKind.CloseHeredoc)
        {
            _last = _tokens[_i++];
        }

        _flushIndent = savedIndent;
        return new TemplateExpr(parts, isHeredoc: true, Span(open.Range, _last.Range));
    }

    /// <summary>Parses the text given to <see cref="HclParser.ParseTemplate"/>: template parts up to the end.</summary>
    public TemplateExpr ParseStandaloneTemplate()
    {
        var parts = new List<TemplatePart>();
        while (true)
        {
            ParseTemplateParts(parts, nested: false);
            var token = _tokens[_i];
            if (token.Kind == TokenKind.EndOfFile)
            {
                var first = _tokens[0];
                return new TemplateExpr(parts, isHeredoc: false, new(first.Line, first.Column, token.EndLine, token.EndColumn));
            }

            Unexpected(token, "template text");
            _i++;
        }
    }

    /// <summary>
    /// Adds parts until the template ends. When <paramref name="nested"/> (inside a directive), also stops before
    /// <c>%{ else }</c>, <c>%{ endif }</c> or <c>%{ endfor }</c>; at the top level those are reported and skipped.
    /// </summary>
    private void ParseTemplateParts(List<TemplatePart> parts, bool nested)
    {
        while (true)
        {
            var token = _tokens[_i];
            switch (token.Kind)
            {
                case TokenKind.QuotedLiteral:
                case TokenKind.HeredocLiteral:
                    parts.Add(MakeLiteral(token, _i));
                    _last = token;
                    _i++;
                    continue;
                case TokenKind.TemplateInterp:
                    parts.Add(ParseInterpolation());
                    continue;
                case TokenKind.TemplateControl:
                    break;
                default:
                    return;
            }

            var keyword = DirectiveKeyword(_i);
            if (keyword is "else" or "endif" or "endfor")
            {
                if (nested)
                {
                    return;
                }

                Error(token.Range, $"Unexpected %{{{keyword}}}: there is no open %{{if}} or %{{for}} directive for it to belong to");
                SkipSimpleDirective(report: false);
                continue;
            }

            if (ParseDirective(keyword) is { } directive)
            {
                parts.Add(directive);
            }
        }
    }

    private TemplateInterpolation ParseInterpolation()
    {
        var open = OpenSequence();
        var saved = SetNewlines(false);
        var errors = _diagnostics.Count;
        var expression = ParseExpression();
        var stripAfter = ExpectSequenceEnd(errors);
        SetNewlines(saved);
        return new TemplateInterpolation(expression, open.Length == 3, stripAfter, Span(open.Range, _last.Range));
    }

    /// <summary>Consumes a <c>${</c> or <c>%{</c>; a <c>~</c> in it trims the literal just before.</summary>
    private Token OpenSequence()
    {
        var open = _tokens[_i];
        if (open.Length == 3 && _lastLiteral is not null && _lastLiteralToken == _i - 1)
        {
            _lastLiteral.Value = _lastLiteral.Value.TrimEnd();
        }

        _last = open;
        _i++;
        return open;
    }

    /// <summary>Consumes the <c>}</c> ending a sequence (skipping anything broken before it); true for <c>~}</c>.</summary>
    private bool ExpectSequenceEnd(int errorsBefore)
    {
        var token = Peek();
        if (token.Kind == TokenKind.TemplateSeqEnd)
        {
            Next();
        }
        else
        {
            if (_diagnostics.Count == errorsBefore)
            {
                Unexpected(token, "'}' to end the template sequence");
            }

            if (!SkipToCloser(TokenKind.TemplateSeqEnd))
            {
                return false;
            }
        }

        if (_last.Length != 2)
        {
            return false;
        }

        _stripLeadingToken = _i;
        return true;
    }

    private TemplateLiteral MakeLiteral(in Token token, int index)
    {
        var value = token.Kind == TokenKind.QuotedLiteral ? DecodeQuoted(token) : DecodeHeredoc(token);
        if (index == _stripLeadingToken)
        {
            value = value.TrimStart();
        }

        var literal = new TemplateLiteral(value, token.Range);
        _lastLiteral = literal;
        _lastLiteralToken = index;
        return literal;
    }

    /// <summary>The keyword after the <c>%{</c> at <paramref name="control"/>, if it is one a directive can start with.</summary>
    private string? DirectiveKeyword(int control)
    {
        var j = control + 1;
        while (_tokens[j].Kind == TokenKind.Newline)
        {
            j++;
        }

        var token = _tokens[j];
        foreach (var keyword in (ReadOnlySpan<string>)["if", "for", "else", "endif", "endfor"])
        {
            if (IsKeyword(token, keyword))
            {
                return keyword;
            }
        }

        return null;
    }

    private bool AtDirective(string keyword) =>
        _tokens[_i].Kind == TokenKind.TemplateControl && DirectiveKeyword(_i) == keyword;
}
