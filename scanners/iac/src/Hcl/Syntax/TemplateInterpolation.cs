using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>An interpolation, <c>${ expression }</c>, with its strip markers (<c>${~ … ~}</c>).</summary>
public sealed class TemplateInterpolation : TemplatePart
{
    internal TemplateInterpolation(Expression expression, bool stripBefore, bool stripAfter, SourceRange range)
        : base(range)
    {
        Expression = expression;
        StripBefore = stripBefore;
        StripAfter = stripAfter;
        Depth = DepthOf(expression);
    }

    /// <summary>The interpolated expression.</summary>
    public Expression Expression { get; }

    /// <summary>True for <c>${~</c>: whitespace at the end of the literal before was removed.</summary>
    public bool StripBefore { get; }

    /// <summary>True for <c>~}</c>: whitespace at the start of the literal after was removed.</summary>
    public bool StripAfter { get; }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => [Expression];
}
