using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>An expression in parentheses; kept as a node because <c>{(k) = v}</c> differs from <c>{k = v}</c>.</summary>
public sealed class ParenthesesExpr : Expression
{
    internal ParenthesesExpr(Expression inner, SourceRange range)
        : base(range)
    {
        Inner = inner;
        Depth = DepthOf(inner);
    }

    /// <summary>The expression inside.</summary>
    public Expression Inner { get; }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => [Inner];
}
