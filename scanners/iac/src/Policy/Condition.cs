namespace Bulwark.Scanners.Iac.Policy;

/// <summary>A node of a rule's <c>violation</c>: evaluated in a scope, it says where the violations are.</summary>
public abstract class Condition
{
    /// <summary>Evaluates the condition.</summary>
    public abstract Outcome Evaluate(EvaluationScope scope);
}
