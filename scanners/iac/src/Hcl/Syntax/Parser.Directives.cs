namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>Template directives: <c>%{ if }…%{ else }…%{ endif }</c> and <c>%{ for }…%{ endfor }</c>.</summary>
internal sealed partial class Parser
{
    private TemplatePart? ParseDirective(string? keyword)
    {
        var control = _tokens[_i];
        if (!Enter(control))
        {
            SkipSimpleDirective(report: false);
            Leave();
            return null;
        }

        TemplatePart? part;
        switch (keyword)
        {
            case "if":
                part = ParseIfDirective();
                break;
            case "for":
                part = ParseForDirective();
                break;
            default:
                Error(control.Range, "Expected 'if', 'for', 'else', 'endif' or 'endfor' after '%{'");
                SkipSimpleDirective(report: false);
                part = null;
                break;
        }

        Leave();
        return part;
    }

    private TemplateIf ParseIfDirective()
    {
        var open = OpenSequence();
        var saved = SetNewlines(false);
        Next();
        var errors = _diagnostics.Count;
        var condition = ParseExpression();
        ExpectSequenceEnd(errors);
        SetNewlines(saved);

        var then = new List<TemplatePart>();
        ParseTemplateParts(then, nested: true);
        IReadOnlyList<TemplatePart> @else = NoParts;
        if (AtDirective("else"))
        {
            SkipSimpleDirective();
            var elseParts = new List<TemplatePart>();
            ParseTemplateParts(elseParts, nested: true);
            @else = elseParts;
        }

        CloseDirective(open, "if", "endif");
        return new TemplateIf(condition, then, @else, Span(open.Range, _last.Range));
    }

    private TemplateFor ParseForDirective()
    {
        var open = OpenSequence();
        var saved = SetNewlines(false);
        Next();
        var errors = _diagnostics.Count;
        string? keyVariable = null;
        var valueVariable = "";
        Expression collection = new InvalidExpr(_last.Range);
        var first = Peek();
        if (first.Kind != TokenKind.Identifier)
        {
            Unexpected(first, "the name of an iteration variable after 'for'");
        }
        else
        {
            Next();
            valueVariable = Name(first);
            if (PeekKind() == TokenKind.Comma)
            {
                Next();
                var second = Peek();
                if (second.Kind == TokenKind.Identifier)
                {
                    Next();
                    keyVariable = valueVariable;
                    valueVariable = Name(second);
                }
            }

            if (IsKeyword(Peek(), "in"))
            {
                Next();
                collection = ParseExpression();
            }
            else
            {
                Unexpected(Peek(), "'in' after the iteration variables");
            }
        }

        ExpectSequenceEnd(errors);
        SetNewlines(saved);

        var body = new List<TemplatePart>();
        ParseTemplateParts(body, nested: true);
        CloseDirective(open, "for", "endfor");
        return new TemplateFor(keyVariable, valueVariable, collection, body, Span(open.Range, _last.Range));
    }

    /// <summary>Consumes the closing directive, or reports the opening one as unclosed.</summary>
    private void CloseDirective(in Token open, string opener, string closer)
    {
        if (AtDirective(closer))
        {
            SkipSimpleDirective();
            return;
        }

        Error(open.Range, $"This %{{{opener}}} directive has no matching %{{{closer}}}");
    }

    /// <summary>
    /// Consumes a directive such as <c>%{ else }</c> up to its closing brace, applying its strip markers; with
    /// <paramref name="report"/> false, junk before the brace is skipped silently (an error was already reported).
    /// </summary>
    private void SkipSimpleDirective(bool report = true)
    {
        OpenSequence();
        var saved = SetNewlines(false);
        var errors = report ? _diagnostics.Count : -1;
        if (Peek().Kind == TokenKind.Identifier)
        {
            Next();
        }

        ExpectSequenceEnd(errors);
        SetNewlines(saved);
    }
}
