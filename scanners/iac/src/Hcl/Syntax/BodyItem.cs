using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>An item of a body: an <see cref="HclAttribute"/> or a <see cref="Block"/>.</summary>
public abstract class BodyItem : Node
{
    private protected BodyItem(SourceRange range)
        : base(range)
    {
    }
}
