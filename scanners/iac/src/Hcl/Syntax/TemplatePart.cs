using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>A part of a template: literal text, an interpolation, or an <c>%{if}</c> or <c>%{for}</c> directive.</summary>
public abstract class TemplatePart : Node
{
    private protected TemplatePart(SourceRange range)
        : base(range)
    {
    }
}
