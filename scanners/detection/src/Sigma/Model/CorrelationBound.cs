namespace Bulwark.Scanners.Detection.Sigma.Model;

/// <summary>The operators of a correlation condition.</summary>
internal enum CorrelationOperator
{
    Gt,
    Gte,
    Lt,
    Lte,
    Eq,
}

/// <summary>One criterion of a correlation condition, such as <c>gte: 100</c>; several are joined with AND (a range).</summary>
internal sealed record CorrelationBound(CorrelationOperator Operator, long Value)
{
    public bool Holds(long count) => Operator switch
    {
        CorrelationOperator.Gt => count > Value,
        CorrelationOperator.Gte => count >= Value,
        CorrelationOperator.Lt => count < Value,
        CorrelationOperator.Lte => count <= Value,
        _ => count == Value,
    };
}
