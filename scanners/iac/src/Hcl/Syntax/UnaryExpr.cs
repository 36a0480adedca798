using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>A unary operation, <c>-x</c> or <c>!x</c> (a negated number literal is folded into the literal instead).</summary>
public sealed class UnaryExpr : Expression
{
    internal UnaryExpr(UnaryOperator op, Expression operand, SourceRange range)
        : base(range)
    {
        Operator = op;
        Operand = operand;
        Depth = DepthOf(operand);
    }

    /// <summary>The operator.</summary>
    public UnaryOperator Operator { get; }

    /// <summary>The operand.</summary>
    public Expression Operand { get; }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => [Operand];
}
