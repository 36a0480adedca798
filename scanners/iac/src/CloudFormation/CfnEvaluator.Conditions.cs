using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.CloudFormation;

/// <summary>Conditions and <c>Fn::If</c>: decided from parameter defaults when they are known.</summary>
internal sealed partial class CfnEvaluator
{
    private readonly Dictionary<string, bool?> decided = new(StringComparer.Ordinal);

    /// <summary>The named condition's value; null when it depends on something unknown (or does not exist).</summary>
    public bool? Condition(string name)
    {
        if (decided.TryGetValue(name, out var known))
        {
            return known;
        }

        // A condition that refers back to itself stays undecided instead of recursing forever.
        decided[name] = null;
        var value = template.Conditions[name] is { } expression ? Test(expression) : null;
        decided[name] = value;
        return value;
    }

    private bool? Test(IacValue expression) => expression switch
    {
        IacObject { Members: [{ Key: "Condition", Value: IacString name }] } => Condition(name.Value),
        IacObject { Members: [{ Key: "Fn::Equals", Value: IacList { Items: [var a, var b] } }] } => EqualsTest(a, b),
        IacObject { Members: [{ Key: "Fn::Not", Value: IacList { Items: [var inner] } }] } => !Test(inner),
        IacObject { Members: [{ Key: "Fn::And", Value: IacList all }] } => All(all.Items.Select(Test).ToList()),
        IacObject { Members: [{ Key: "Fn::Or", Value: IacList any }] } => !All(any.Items.Select(i => !Test(i)).ToList()),
        IacBool b => b.Value,
        _ => null,
    };

    private bool? EqualsTest(IacValue a, IacValue b)
    {
        var (left, right) = (Evaluate(a), Evaluate(b));
        if (CfnValues.Text(left) is { } x && CfnValues.Text(right) is { } y)
        {
            return x == y;
        }

        return CfnValues.IsKnown(left) && CfnValues.IsKnown(right) ? CfnValues.Same(left, right) : null;
    }

    // Three-valued AND: one false decides; otherwise any unknown leaves it unknown.
    private static bool? All(List<bool?> values) =>
        values.Contains(false) ? false : values.Contains(null) ? null : true;

    private IacValue If(IacValue argument, SourceRange range)
    {
        if (argument is not IacList { Items: [IacString condition, var whenTrue, var whenFalse] })
        {
            return CfnValues.Unknown("Fn::If is malformed", range, Evaluate(argument));
        }

        switch (Condition(condition.Value))
        {
            case true:
                return Evaluate(whenTrue);
            case false:
                return Evaluate(whenFalse);
        }

        // Undecided, but when both branches give the same known value, that is the value either way.
        var (a, b) = (Evaluate(whenTrue), Evaluate(whenFalse));
        return CfnValues.IsKnown(a) && CfnValues.Same(a, b)
            ? a with { Origin = $"both branches of Fn::If {condition.Value}" }
            : CfnValues.Unknown($"condition {condition.Value} is decided at deploy time", range, a, b);
    }
}
