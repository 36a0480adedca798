using Bulwark.Scanners.Detection.Sigma.Conditions;

namespace Bulwark.Scanners.Detection.Sigma.Model;

/// <summary>
/// When a correlation matches: count bounds (joined with AND) and, for <c>value_count</c>, the field whose distinct
/// values are counted; or, for the temporal types, an expression over the referred rules (<c>rule_a and rule_b</c>).
/// </summary>
internal sealed record CorrelationCondition(IReadOnlyList<CorrelationBound> Bounds, IReadOnlyList<string> Fields, ConditionNode? Expression = null)
{
    public static CorrelationCondition None { get; } = new([], []);

    public bool Holds(long count) => Bounds.All(b => b.Holds(count));
}
