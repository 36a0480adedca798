using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>
/// A bare name: a variable reference (<c>var</c> in <c>var.x</c>, an iteration variable, <c>count</c>), or,
/// as an object key with <see cref="ObjectItem.KeyIsIdentifier"/>, a literal attribute name.
/// </summary>
public sealed class VariableExpr : Expression
{
    internal VariableExpr(string name, SourceRange range)
        : base(range)
    {
        Name = name;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => [];
}
