using System.Globalization;
using Bulwark.Scanners.Detection.Sigma.Conditions;
using Bulwark.Scanners.Detection.Sigma.Model;
using YamlDotNet.RepresentationModel;

namespace Bulwark.Scanners.Detection.Sigma.Loading;

/// <summary>
/// Reads a correlation's condition: a map of count bounds (<c>gt</c>, <c>gte</c>, <c>lt</c>, <c>lte</c>, <c>eq</c>,
/// joined with AND) with <c>field</c> for value_count, or for the temporal types an expression over the rules.
/// </summary>
internal static class CorrelationConditionReader
{
    private static readonly Dictionary<string, CorrelationOperator> Operators = new(StringComparer.Ordinal)
    {
        ["gt"] = CorrelationOperator.Gt,
        ["gte"] = CorrelationOperator.Gte,
        ["lt"] = CorrelationOperator.Lt,
        ["lte"] = CorrelationOperator.Lte,
        ["eq"] = CorrelationOperator.Eq,
    };

    public static CorrelationCondition? Read(YamlNode node, CorrelationType type, IReadOnlyList<string> rules, RuleContext context)
    {
        var temporal = type is CorrelationType.Temporal or CorrelationType.TemporalOrdered;
        if (node is YamlScalarNode { Value: { } text } && temporal)
        {
            var (tree, error) = ConditionParser.Parse(text, rules);
            if (tree is null)
            {
                context.Refuse(node, $"correlation condition '{text}': {error}");
                return null;
            }

            return new CorrelationCondition([], [], tree);
        }

        if (node is not YamlMappingNode map)
        {
            context.Refuse(node, temporal ? "the condition must be count bounds (gte: 2) or an expression over the rules" : "the condition must be count bounds such as 'gte: 10'");
            return null;
        }

        var bounds = new List<CorrelationBound>();
        var fields = new List<string>();
        foreach (var (key, value) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (name == "field")
            {
                fields.AddRange(value switch
                {
                    YamlScalarNode s => [s.Value ?? ""],
                    YamlSequenceNode list => list.OfType<YamlScalarNode>().Select(s => s.Value ?? ""),
                    _ => [],
                });
            }
            else if (!Operators.TryGetValue(name, out var op))
            {
                context.Refuse(key, $"unknown correlation condition '{name}' (expected gt, gte, lt, lte, eq or field)");
            }
            else if (value is YamlScalarNode { Value: { } number } && long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
            {
                bounds.Add(new CorrelationBound(op, count));
            }
            else
            {
                context.Refuse(value, $"'{name}' must be a whole number");
            }
        }

        if (bounds.Count == 0)
        {
            context.Refuse(node, "the condition has no bound (gt, gte, lt, lte or eq)");
        }

        if (type == CorrelationType.ValueCount && fields.Count == 0)
        {
            context.Refuse(node, "a value_count correlation needs 'field': the field whose distinct values are counted");
        }

        return new CorrelationCondition(bounds, fields);
    }
}
