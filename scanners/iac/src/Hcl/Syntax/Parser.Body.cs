using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>The structural language: bodies, attributes and blocks.</summary>
internal sealed partial class Parser
{
    private readonly Dictionary<string, HclAttribute> _seenAttributes = new(StringComparer.Ordinal);

    /// <summary>Parses the whole token stream as a configuration file.</summary>
    public ConfigFile ParseFile(string path, IReadOnlyList<Comment> comments)
    {
        _newlines = true;
        var items = ParseBodyItems(nested: false, headerColumn: 0, out _);
        var end = _tokens[^1];
        var range = new SourceRange(1, 1, end.EndLine, end.EndColumn);
        return new ConfigFile(path, new Body(items, range), comments, range);
    }

    /// <summary>
    /// Parses body items up to the end or, when <paramref name="nested"/>, a '}'. In the retry pass after an
    /// unclosed block, a block also ends (<paramref name="endedEarly"/>) at an item or '}' that is not indented
    /// past its header's <paramref name="headerColumn"/>, as formatted HCL would indent it.
    /// </summary>
    private List<BodyItem> ParseBodyItems(bool nested, int headerColumn, out bool endedEarly)
    {
        var items = new List<BodyItem>();
        endedEarly = false;
        while (true)
        {
            SkipNewlines();
            var token = _tokens[_i];
            if (nested && _closeBlocksByIndentation
                && ((token.Kind == TokenKind.Identifier && token.Column <= headerColumn) || (token.Kind == TokenKind.RBrace && token.Column < headerColumn)))
            {
                endedEarly = true;
                break;
            }

            if (token.Kind == TokenKind.EndOfFile || (token.Kind == TokenKind.RBrace && nested))
            {
                break;
            }

            if (token.Kind == TokenKind.RBrace)
            {
                Error(token.Range, "Unexpected '}': there is no open block to close");
                _i++;
                continue;
            }

            if (token.Kind == TokenKind.Identifier)
            {
                if (ParseItem(nested) is { } item)
                {
                    items.Add(item);
                }

                continue;
            }

            Unexpected(token, "an argument or a block");
            var before = _i;
            SkipLine();
            if (_i == before)
            {
                _i++;
            }
        }

        CheckDuplicates(items);
        return items;
    }

    private BodyItem? ParseItem(bool nested)
    {
        var name = Next();
        var after = Peek();
        switch (after.Kind)
        {
            case TokenKind.Equal:
                return ParseAttribute(name, nested);
            case TokenKind.Identifier:
            case TokenKind.OpenQuote:
            case TokenKind.LBrace:
                return ParseBlock(name, nested);
            default:
                Unexpected(after, $"'=' (for an argument) or '{{' (for a block) after '{Text(name)}'");
                SkipLine();
                return null;
        }
    }

    private HclAttribute ParseAttribute(in Token name, bool nested)
    {
        Next();
        var errors = _diagnostics.Count;
        var value = ParseExpression();
        var attribute = new HclAttribute(Name(name), name.Range, value);
        EndOfItem(errors, nested, "argument");
        return attribute;
    }

    private Block? ParseBlock(in Token type, bool nested)
    {
        if (!Enter(type))
        {
            SkipLine();
            Leave();
            return null;
        }

        var labels = ParseLabels();
        var open = Peek();
        if (open.Kind != TokenKind.LBrace)
        {
            Unexpected(open, $"'{{' to open the body of the '{Text(type)}' block");
            SkipLine();
            Leave();
            return null;
        }

        Next();
        var items = ParseBodyItems(nested: true, type.Column, out var endedEarly);
        var close = _tokens[_i];
        var closed = close.Kind == TokenKind.RBrace && !endedEarly;
        SourceRange end;
        if (closed)
        {
            _i++;
            _last = close;
            end = close.Range;
        }
        else
        {
            HitUnclosedBlockAtEnd |= close.Kind == TokenKind.EndOfFile;
            Error(open.Range, close.Kind == TokenKind.EndOfFile
                ? $"Unclosed block: the '{{' of this '{Text(type)}' block has no matching '}}'"
                : $"Unclosed block: the '{{' of this '{Text(type)}' block has no matching '}}' before line {close.Line}, judging by indentation");
            end = items.Count > 0 ? items[^1].Range : open.Range;
        }

        var block = new Block(Name(type), type.Range, labels, new Body(items, Span(open.Range, end)), Span(type.Range, end));
        if (closed)
        {
            EndOfItem(_diagnostics.Count, nested, "block");
        }

        Leave();
        return block;
    }

    private List<BlockLabel> ParseLabels()
    {
        var labels = new List<BlockLabel>(2);
        while (true)
        {
            var token = Peek();
            if (token.Kind == TokenKind.Identifier)
            {
                Next();
                labels.Add(new BlockLabel(Name(token), false, token.Range));
                continue;
            }

            if (token.Kind != TokenKind.OpenQuote)
            {
                return labels;
            }

            var template = ParseQuotedTemplate();
            var value = template.LiteralValue;
            if (value is null)
            {
                Error(template.Range, "A block label must be a plain string; it can't contain '${' or '%{' sequences");
                value = string.Concat(template.Parts.OfType<TemplateLiteral>().Select(p => p.Value));
            }

            labels.Add(new BlockLabel(value, true, template.Range));
        }
    }

    /// <summary>After an attribute or block: a newline (or the end, or the '}' of a one-line block) must follow.</summary>
    private void EndOfItem(int errorsBefore, bool nested, string what)
    {
        var token = _tokens[_i];
        switch (token.Kind)
        {
            case TokenKind.Newline:
                _i++;
                return;
            case TokenKind.EndOfFile:
                return;
            case TokenKind.RBrace:
                // Either the end of a one-line block, or a stray '}' that the body loop reports.
                return;
        }

        if (_diagnostics.Count == errorsBefore)
        {
            Unexpected(token, $"a newline after the {what}; each argument and block goes on its own line");
        }

        SkipLine();
    }

    private void CheckDuplicates(List<BodyItem> items)
    {
        if (items.Count < 2)
        {
            return;
        }

        _seenAttributes.Clear();
        foreach (var item in items)
        {
            if (item is not HclAttribute attribute)
            {
                continue;
            }

            if (!_seenAttributes.TryAdd(attribute.Name, attribute))
            {
                var first = _seenAttributes[attribute.Name];
                Error(attribute.NameRange, $"Duplicate argument '{attribute.Name}': it is already set at line {first.NameRange.StartLine}");
            }
        }
    }
}
