using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>
/// A placeholder where an expression could not be parsed; a diagnostic says why. It keeps the tree complete,
/// so an evaluator treats the value as unknown instead of losing the whole attribute or block.
/// </summary>
public sealed class InvalidExpr : Expression
{
    internal InvalidExpr(SourceRange range)
        : base(range)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => [];
}
