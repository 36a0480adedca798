using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>An object constructor, <c>{ k = v, "k2" = v2, (expr) = v3 }</c>.</summary>
public sealed class ObjectExpr : Expression
{
    internal ObjectExpr(IReadOnlyList<ObjectItem> items, SourceRange range)
        : base(range)
    {
        Items = items;
        Depth = DepthOf(items);
    }

    /// <summary>The items, in source order.</summary>
    public IReadOnlyList<ObjectItem> Items { get; }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => Items;
}
