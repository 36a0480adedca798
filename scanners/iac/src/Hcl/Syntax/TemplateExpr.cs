using System.Text;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>
/// A template: a quoted string (<c>"a ${b}"</c>) or a heredoc (<c>&lt;&lt;EOT … EOT</c>), as literal text,
/// interpolations and directives. Escapes, <c>&lt;&lt;-</c> indentation and <c>~</c> strip markers are already
/// applied to the literal parts.
/// </summary>
public sealed class TemplateExpr : Expression
{
    internal TemplateExpr(IReadOnlyList<TemplatePart> parts, bool isHeredoc, SourceRange range)
        : base(range)
    {
        Parts = parts;
        IsHeredoc = isHeredoc;
        Depth = DepthOf(parts);
    }

    /// <summary>The parts, in order.</summary>
    public IReadOnlyList<TemplatePart> Parts { get; }

    /// <summary>True for a heredoc, false for a quoted string (or a standalone template).</summary>
    public bool IsHeredoc { get; }

    /// <summary>The string, when the template is only literal text (an empty template gives ""); otherwise null.</summary>
    public string? LiteralValue
    {
        get
        {
            switch (Parts.Count)
            {
                case 0:
                    return "";
                case 1:
                    return (Parts[0] as TemplateLiteral)?.Value;
            }

            var text = new StringBuilder();
            foreach (var part in Parts)
            {
                if (part is not TemplateLiteral literal)
                {
                    return null;
                }

                text.Append(literal.Value);
            }

            return text.ToString();
        }
    }

    /// <summary>
    /// The expression of a template that is exactly one interpolation (<c>"${var.x}"</c>), or null. Such a
    /// template yields the expression's value unconverted, as the HCL specification's unwrapping rule says.
    /// </summary>
    public Expression? UnwrappedExpression =>
        Parts.Count == 1 && Parts[0] is TemplateInterpolation interpolation ? interpolation.Expression : null;

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => Parts;
}
