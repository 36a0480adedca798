using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>The keyword <c>true</c> or <c>false</c>.</summary>
public sealed class BoolLiteralExpr : Expression
{
    internal BoolLiteralExpr(bool value, SourceRange range)
        : base(range)
    {
        Value = value;
    }

    /// <summary>The value.</summary>
    public bool Value { get; }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => [];
}
