using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>The keyword <c>null</c>.</summary>
public sealed class NullLiteralExpr : Expression
{
    internal NullLiteralExpr(SourceRange range)
        : base(range)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => [];
}
