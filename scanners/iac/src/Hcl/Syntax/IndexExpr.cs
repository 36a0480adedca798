using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>Indexing, <c>source[key]</c>, or the legacy form <c>source.0</c>.</summary>
public sealed class IndexExpr : Expression
{
    internal IndexExpr(Expression source, Expression key, bool isLegacy, SourceRange range)
        : base(range)
    {
        Source = source;
        Key = key;
        IsLegacy = isLegacy;
        Depth = DepthOf(source, key);
    }

    /// <summary>The collection indexed.</summary>
    public Expression Source { get; }

    /// <summary>The key or position.</summary>
    public Expression Key { get; }

    /// <summary>True for the legacy <c>.N</c> syntax (always a number key).</summary>
    public bool IsLegacy { get; }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => [Source, Key];
}
