using System.Globalization;
using System.Text.RegularExpressions;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Policy;

/// <summary>
/// A leaf of a violation: a path and a test. Every place the path leads to that definitely passes the test is
/// a hit at that place; places whose value is unknown make the outcome undecided instead.
/// </summary>
public sealed class AttributeCondition(AttributePath path, Operator op, IReadOnlyList<object?> operands, Regex? pattern, bool ignoreCase) : Condition
{
    /// <inheritdoc />
    public override Outcome Evaluate(EvaluationScope scope)
    {
        var hits = new List<Hit>();
        var unknown = false;
        foreach (var match in path.Resolve(scope.Value))
        {
            if (match.IsUnknown)
            {
                unknown = true;
                continue;
            }

            switch (Test(match))
            {
                case true:
                    var range = match.Value is null && ReferenceEquals(match.Parent, scope.Resource.Attributes) ? scope.Resource.Range
                        : match.Range.IsKnown ? match.Range : scope.Resource.Range;
                    hits.Add(new Hit(range, Describe(match, scope), match.Value?.Origin));
                    break;
                case null:
                    unknown = true;
                    break;
            }
        }

        return new Outcome(hits, hits.Count == 0 && unknown);
    }

    // True: violated here; false: not; null: cannot tell (an unknown item inside a list).
    private bool? Test(PathMatch match)
    {
        var value = match.Value;
        switch (op)
        {
            case Operator.Absent:
                return match.IsNull;
            case Operator.Exists:
                return !match.IsNull;
            case Operator.KeyMatches:
                return !match.IsNull && match.Key.Length > 0 && pattern!.IsMatch(match.Key);
            case Operator.Empty:
                return match.IsNull || value is IacString { Value.Length: 0 } || value is IacList { Items.Count: 0 } || value is IacObject { Members.Count: 0 };
        }

        if (match.IsNull)
        {
            return false;
        }

        var result = op switch
        {
            Operator.EqualTo or Operator.OneOf => operands.Any(o => o is not null && ValueComparison.AreEqual(value!, o, ignoreCase)),
            Operator.NotEqualTo or Operator.NotOneOf => IsScalar(value!) && !operands.Any(o => o is not null && ValueComparison.AreEqual(value!, o, ignoreCase)),
            Operator.Contains => ValueComparison.Contains(value!, operands[0]!, ignoreCase),
            Operator.NotContains => !ValueComparison.Contains(value!, operands[0]!, ignoreCase),
            Operator.Matches => ValueComparison.IsMatch(value!, pattern!),
            Operator.NotMatches => ValueComparison.Text(value!) is not null && !ValueComparison.IsMatch(value!, pattern!),
            _ => Compare(value!),
        };
        return !result && ValueComparison.HasUnknownItem(value!) ? null : result;
    }

    private bool Compare(IacValue value)
    {
        if (ValueComparison.Number(value) is not { } number || operands[0] is not double limit)
        {
            return false;
        }

        return op switch
        {
            Operator.LessThan => number < limit,
            Operator.GreaterThan => number > limit,
            Operator.AtMost => number <= limit,
            _ => number >= limit,
        };
    }

    private static bool IsScalar(IacValue value) => value is IacString or IacNumber or IacBool;

    private string Describe(PathMatch match, EvaluationScope scope)
    {
        var name = scope.Qualify(match.Where) is { Length: > 0 } where ? where : "the value";
        return op switch
        {
            Operator.Absent => $"{name} is not set",
            Operator.Empty => $"{name} is empty",
            Operator.Contains => $"{name} contains {Show(operands[0])}",
            Operator.KeyMatches => $"{name} is set",
            _ when match.Value is not null && SensitiveValues.IsSensitiveKey(match.Key) => $"{name} is set to a literal value (not repeated here)",
            _ => $"{name} is {match.Value?.Describe() ?? "not set"}",
        };
    }

    private static string Show(object? operand) => operand switch
    {
        string s => "\"" + s + "\"",
        double d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => "null",
    };
}
