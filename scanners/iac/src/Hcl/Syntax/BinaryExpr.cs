using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>A binary operation, <c>left op right</c>; operators of one precedence level associate to the left.</summary>
public sealed class BinaryExpr : Expression
{
    internal BinaryExpr(BinaryOperator op, Expression left, Expression right)
        : base(new(left.Range.StartLine, left.Range.StartColumn, right.Range.EndLine, right.Range.EndColumn))
    {
        Operator = op;
        Left = left;
        Right = right;
        Depth = DepthOf(left, right);
    }

    /// <summary>The operator.</summary>
    public BinaryOperator Operator { get; }

    /// <summary>The left operand.</summary>
    public Expression Left { get; }

    /// <summary>The right operand.</summary>
    public Expression Right { get; }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => [Left, Right];
}
