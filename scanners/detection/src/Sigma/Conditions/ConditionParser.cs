namespace Bulwark.Scanners.Detection.Sigma.Conditions;

/// <summary>
/// Parses a condition of the rules specification: <c>or</c> binds least, then <c>and</c>, then <c>not</c>, then
/// <c>1 of</c>/<c>all of</c>, then parentheses. Every identifier is resolved against the rule's search identifiers;
/// a mistake is returned as a message, never thrown.
/// </summary>
internal sealed class ConditionParser
{
    private readonly List<ConditionToken> _tokens;
    private readonly IReadOnlyList<string> _names;
    private int _next;

    private ConditionParser(string text, IReadOnlyList<string> names)
    {
        _tokens = ConditionTokenizer.Split(text);
        _names = names;
    }

    private string? Error { get; set; }

    private ConditionToken Peek => _tokens[_next];

    /// <summary>Parses <paramref name="text"/> over the search identifiers <paramref name="names"/>; exactly one of the results is null.</summary>
    public static (ConditionNode? Tree, string? Error) Parse(string text, IReadOnlyList<string> names)
    {
        var parser = new ConditionParser(text, names);
        if (parser.Peek.IsEnd)
        {
            return (null, "the condition is empty");
        }

        var tree = parser.ParseOr();
        if (parser.Error is null && !parser.Peek.IsEnd)
        {
            parser.Fail(parser.Peek.Text == "|"
                ? "the condition has an aggregation ('| ...'), which Sigma 2 replaced with correlation rules"
                : $"unexpected {parser.Peek} in the condition");
        }

        return parser.Error is null ? (tree, null) : (null, parser.Error);
    }

    private ConditionNode? ParseOr() => ParseChain("or", ParseAnd, items => new ConditionOr(items));

    private ConditionNode? ParseAnd() => ParseChain("and", ParseNot, items => new ConditionAnd(items));

    private ConditionNode? ParseChain(string keyword, Func<ConditionNode?> operand, Func<IReadOnlyList<ConditionNode>, ConditionNode> make)
    {
        var items = new List<ConditionNode>();
        while (Error is null)
        {
            if (operand() is { } item)
            {
                items.Add(item);
            }

            if (!Peek.Is(keyword))
            {
                break;
            }

            _next++;
        }

        return Error is not null ? null : items.Count == 1 ? items[0] : make(items);
    }

    private ConditionNode? ParseNot()
    {
        if (!Peek.Is("not"))
        {
            return ParsePrimary();
        }

        _next++;
        return ParseNot() is { } operand ? new ConditionNot(operand) : null;
    }

    private ConditionNode? ParsePrimary()
    {
        var token = Peek;
        if (token.Text == "(")
        {
            _next++;
            var inner = ParseOr();
            if (Error is null && Peek.Text != ")")
            {
                return Fail($"expected ')' to close the '(' at column {token.Column}, found {Peek}");
            }

            _next++;
            return inner;
        }

        if (!token.IsWord || token.Is("and") || token.Is("or") || token.Is("not") || token.Is("of"))
        {
            return Fail($"expected a search identifier, '1 of', 'all of', 'not' or '(' but found {token}");
        }

        _next++;
        return _tokens[_next].Is("of") ? ParseOf(token) : Reference(token);
    }

    private ConditionNode? ParseOf(ConditionToken quantifier)
    {
        _next++;
        var target = Peek;
        if (!target.IsWord)
        {
            return Fail($"expected 'them' or a search identifier pattern after '{quantifier.Text} of', found {target}");
        }

        _next++;
        var all = quantifier.Is("all");
        if (!all && !quantifier.Is("1") && !quantifier.Is("any"))
        {
            return Fail($"'{quantifier.Text} of' is not defined: use '1 of' or 'all of'");
        }

        var them = target.Is("them");
        var names = _names.Where(n => them ? !n.StartsWith('_') : Selects(target.Text, n)).ToList();
        if (names.Count == 0)
        {
            return Fail(them ? "'of them' but the rule has no search identifiers" : $"'{target.Text}' in '{quantifier.Text} of {target.Text}' matches no search identifier (known: {Known})");
        }

        return new ConditionOf(all, them ? "them" : target.Text, names);
    }

    private ConditionNode? Reference(ConditionToken token)
    {
        if (token.Text == "near" || token.Text.StartsWith("count(", StringComparison.OrdinalIgnoreCase))
        {
            return Fail("the condition has an aggregation ('near', 'count'), which Sigma 2 replaced with correlation rules");
        }

        if (token.Text.Contains('*', StringComparison.Ordinal))
        {
            return Fail($"'{token.Text}' is a pattern: write '1 of {token.Text}' or 'all of {token.Text}'");
        }

        return _names.Contains(token.Text, StringComparer.Ordinal)
            ? new ConditionRef(token.Text)
            : Fail($"the condition refers to '{token.Text}', which is not a search identifier of the rule (known: {Known})");
    }

    private string Known => _names.Count == 0 ? "none" : string.Join(", ", _names);

    // A pattern's '*' matches any run of characters; identifiers starting with '_' are left out unless the pattern
    // itself starts with '_' (the specification excludes them from 'them', and patterns are "the same, restricted").
    private static bool Selects(string pattern, string name)
    {
        if (name.StartsWith('_') && !pattern.StartsWith('_'))
        {
            return false;
        }

        var pieces = pattern.Split('*');
        if (pieces.Length == 1)
        {
            return pattern == name;
        }

        if (!name.StartsWith(pieces[0], StringComparison.Ordinal) || !name.EndsWith(pieces[^1], StringComparison.Ordinal)
            || name.Length < pieces[0].Length + pieces[^1].Length)
        {
            return false;
        }

        var at = pieces[0].Length;
        var end = name.Length - pieces[^1].Length;
        foreach (var middle in pieces[1..^1])
        {
            var found = name.IndexOf(middle, at, end - at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + middle.Length;
        }

        return true;
    }

    private ConditionNode? Fail(string message)
    {
        Error ??= message;
        return null;
    }
}
