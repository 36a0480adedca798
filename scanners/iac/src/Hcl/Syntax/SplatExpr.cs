using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>
/// A splat: <c>source.*.a.b</c> (attribute-only) or <c>source[*].a[0]</c> (full). The result is a tuple of
/// <see cref="Each"/> evaluated with <see cref="SplatItemExpr"/> bound to each element of the source (a
/// non-list source counts as a one-element list, null as empty). Operators after an attribute-only splat's
/// attributes, and after a full splat's traversal, apply to the resulting tuple.
/// </summary>
public sealed class SplatExpr : Expression
{
    internal SplatExpr(Expression source, Expression each, bool isFull, SourceRange range)
        : base(range)
    {
        Source = source;
        Each = each;
        IsFull = isFull;
        Depth = DepthOf(source, each);
    }

    /// <summary>The collection splatted.</summary>
    public Expression Source { get; }

    /// <summary>The traversal applied to each element, rooted at a <see cref="SplatItemExpr"/>.</summary>
    public Expression Each { get; }

    /// <summary>True for <c>[*]</c>, false for <c>.*</c>.</summary>
    public bool IsFull { get; }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => [Source, Each];
}
