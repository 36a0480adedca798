using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>
/// A for expression: <c>[for k, v in coll : value if cond]</c> builds a tuple,
/// <c>{for k, v in coll : key => value... if cond}</c> an object (grouped with <c>...</c>).
/// </summary>
public sealed class ForExpr : Expression
{
    internal ForExpr(ForClauses clauses, SourceRange range)
        : base(range)
    {
        KeyVariable = clauses.KeyVariable;
        ValueVariable = clauses.ValueVariable;
        Collection = clauses.Collection;
        KeyExpression = clauses.KeyExpression;
        ValueExpression = clauses.ValueExpression;
        Condition = clauses.Condition;
        IsGrouped = clauses.IsGrouped;
        Depth = DepthOf(Children().ToList());
    }

    /// <summary>The key (or index) variable's name, when two variables are declared.</summary>
    public string? KeyVariable { get; }

    /// <summary>The value variable's name.</summary>
    public string ValueVariable { get; }

    /// <summary>The collection iterated.</summary>
    public Expression Collection { get; }

    /// <summary>For an object <c>for</c>, the expression before <c>=&gt;</c>; null for a tuple <c>for</c>.</summary>
    public Expression? KeyExpression { get; }

    /// <summary>The element expression (after <c>=&gt;</c> for an object <c>for</c>).</summary>
    public Expression ValueExpression { get; }

    /// <summary>The filter after <c>if</c>, or null.</summary>
    public Expression? Condition { get; }

    /// <summary>True when the object values are grouped into tuples (<c>value...</c>).</summary>
    public bool IsGrouped { get; }

    /// <summary>True when the result is an object (<c>{for …}</c>), false for a tuple (<c>[for …]</c>).</summary>
    public bool IsObject => KeyExpression is not null;

    /// <inheritdoc />
    public override IEnumerable<Node> Children()
    {
        yield return Collection;
        if (KeyExpression is not null)
        {
            yield return KeyExpression;
        }

        yield return ValueExpression;
        if (Condition is not null)
        {
            yield return Condition;
        }
    }
}
