using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>An HCL expression: a value written literally or derived from other values.</summary>
public abstract class Expression : Node
{
    private protected Expression(SourceRange range)
        : base(range)
    {
    }
}
