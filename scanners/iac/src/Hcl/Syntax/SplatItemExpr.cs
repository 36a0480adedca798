using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>
/// The current element inside <see cref="SplatExpr.Each"/>: the traversal after a splat is written relative to
/// it. Its range is the splat operator's.
/// </summary>
public sealed class SplatItemExpr : Expression
{
    internal SplatItemExpr(SourceRange range)
        : base(range)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => [];
}
