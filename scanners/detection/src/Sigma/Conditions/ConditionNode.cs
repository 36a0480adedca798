namespace Bulwark.Scanners.Detection.Sigma.Conditions;

// A parsed condition is a closed union, kept in one file: references to searches, the three operators, and
// "1 of / all of" over the searches a pattern names (resolved when parsed, so a rule never refers to nothing).

/// <summary>A node of a parsed condition; <see cref="object.ToString"/> writes it fully parenthesised.</summary>
internal abstract record ConditionNode;

/// <summary>One search identifier by name.</summary>
internal sealed record ConditionRef(string Name) : ConditionNode
{
    public override string ToString() => Name;
}

/// <summary><c>not x</c>.</summary>
internal sealed record ConditionNot(ConditionNode Operand) : ConditionNode
{
    public override string ToString() => $"not {Operand}";
}

/// <summary><c>a and b and ...</c>.</summary>
internal sealed record ConditionAnd(IReadOnlyList<ConditionNode> Operands) : ConditionNode
{
    public override string ToString() => "(" + string.Join(" and ", Operands) + ")";
}

/// <summary><c>a or b or ...</c>.</summary>
internal sealed record ConditionOr(IReadOnlyList<ConditionNode> Operands) : ConditionNode
{
    public override string ToString() => "(" + string.Join(" or ", Operands) + ")";
}

/// <summary><c>1 of pattern</c> (any) or <c>all of pattern</c>, with the search identifiers the pattern matched.</summary>
internal sealed record ConditionOf(bool All, string Pattern, IReadOnlyList<string> Names) : ConditionNode
{
    public override string ToString() => $"{(All ? "all" : "1")} of {Pattern}";
}
