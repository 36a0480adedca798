using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>A conditional, <c>condition ? trueResult : falseResult</c>.</summary>
public sealed class ConditionalExpr : Expression
{
    internal ConditionalExpr(Expression condition, Expression trueResult, Expression falseResult)
        : base(new(condition.Range.StartLine, condition.Range.StartColumn, falseResult.Range.EndLine, falseResult.Range.EndColumn))
    {
        Condition = condition;
        TrueResult = trueResult;
        FalseResult = falseResult;
        Depth = DepthOf(condition, trueResult, falseResult);
    }

    /// <summary>The predicate.</summary>
    public Expression Condition { get; }

    /// <summary>The result when the predicate is true.</summary>
    public Expression TrueResult { get; }

    /// <summary>The result when the predicate is false.</summary>
    public Expression FalseResult { get; }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => [Condition, TrueResult, FalseResult];
}
