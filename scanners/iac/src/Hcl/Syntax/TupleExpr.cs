using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>A tuple constructor, <c>[a, b, c]</c>.</summary>
public sealed class TupleExpr : Expression
{
    internal TupleExpr(IReadOnlyList<Expression> items, SourceRange range)
        : base(range)
    {
        Items = items;
        Depth = DepthOf(items);
    }

    /// <summary>The elements, in order.</summary>
    public IReadOnlyList<Expression> Items { get; }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => Items;
}
