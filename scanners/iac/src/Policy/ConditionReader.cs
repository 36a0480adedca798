using System.Text.RegularExpressions;
using Bulwark.Rules;
using Bulwark.Scanners.Iac.Model;
using Bulwark.Scanners.Iac.Yaml;
using Bulwark.Sdk;
using YamlDotNet.RepresentationModel;

namespace Bulwark.Scanners.Iac.Policy;

/// <summary>Reads the condition language of IaC rules from YAML, with a problem and line for every mistake.</summary>
public static class ConditionReader
{
    private static readonly Dictionary<string, Operator> Operators = new(StringComparer.Ordinal)
    {
        ["equals"] = Operator.EqualTo,
        ["not-equals"] = Operator.NotEqualTo,
        ["one-of"] = Operator.OneOf,
        ["not-one-of"] = Operator.NotOneOf,
        ["contains"] = Operator.Contains,
        ["not-contains"] = Operator.NotContains,
        ["matches"] = Operator.Matches,
        ["not-matches"] = Operator.NotMatches,
        ["less-than"] = Operator.LessThan,
        ["greater-than"] = Operator.GreaterThan,
        ["at-most"] = Operator.AtMost,
        ["at-least"] = Operator.AtLeast,
        ["exists"] = Operator.Exists,
        ["absent"] = Operator.Absent,
        ["empty"] = Operator.Empty,
        ["key-matches"] = Operator.KeyMatches,
    };

    /// <summary>The operator keys a leaf may use, for messages and docs.</summary>
    public static IEnumerable<string> OperatorNames => Operators.Keys;

    /// <summary>Reads a condition node; null (with problems recorded) when it is malformed.</summary>
    public static Condition? Read(YamlNode node, string file, List<ConfigProblem> problems)
    {
        var map = YamlMap.From(node, file, problems, "a condition");
        if (map is null)
        {
            return null;
        }

        var keys = map.Keys.ToList();
        Condition? condition = keys switch
        {
            _ when keys.Contains("all-of") => new AllOf(List(map, "all-of", file, problems)),
            _ when keys.Contains("any-of") => new AnyOf(List(map, "any-of", file, problems)),
            _ when keys.Contains("not") => map.Find("not") is { } inner && Read(inner, file, problems) is { } part ? new Not(part, map.Text("message") ?? "the required setting is missing") : null,
            _ when keys.Contains("each") => Each(map, file, problems),
            _ when keys.Contains("no-related") => NoRelated(map, file, problems),
            _ when keys.Contains("count") => Count(map, file, problems),
            _ when keys.Contains("attribute") => Leaf(map, problems),
            _ => Fail(map, "a condition needs 'attribute' with a test, or 'all-of', 'any-of', 'not', 'each' or 'no-related'"),
        };
        map.RejectUnknownKeys();
        return condition;
    }

    private static List<Condition> List(YamlMap map, string key, string file, List<ConfigProblem> problems)
    {
        if (map.Find(key) is not YamlSequenceNode items || items.Children.Count == 0)
        {
            map.Problems.Add(new ConfigProblem(map.Where(key), $"'{key}' must be a non-empty list of conditions"));
            return [];
        }

        return items.Children.Select(item => Read(item, file, problems)).OfType<Condition>().ToList();
    }

    private static Condition? Each(YamlMap map, string file, List<ConfigProblem> problems)
    {
        var path = Path(map, "each");
        var check = map.Find("check");
        if (check is null)
        {
            return Fail(map, "'each' needs a 'check' condition evaluated for every element");
        }

        return path is not null && Read(check, file, problems) is { } inner ? new Each(path, inner) : null;
    }

    private static Condition? NoRelated(YamlMap map, string file, List<ConfigProblem> problems)
    {
        var related = map.Map("no-related");
        if (related is null)
        {
            return null;
        }

        var types = related.TextList("type");
        if (types.Count == 0)
        {
            related.Problems.Add(new ConfigProblem(related.Where("type"), "'no-related' needs a 'type'"));
        }

        var attribute = related.Find("attribute") is null ? null : Path(related, "attribute");
        var selves = related.TextList("self-attribute").Select(t => AttributePath.Parse(t, out _)).OfType<AttributePath>().ToList();
        var sameNamespace = related.Flag("same-namespace") ?? false;
        var where = related.Find("where") is { } whereNode ? Read(whereNode, file, problems) : null;
        related.RejectUnknownKeys();
        return new NoRelated(types, attribute, selves, sameNamespace, where);
    }

    private static Condition? Count(YamlMap map, string file, List<ConfigProblem> problems)
    {
        var path = Path(map, "count");
        var where = map.Find("where") is { } whereNode ? Read(whereNode, file, problems) : null;
        var atLeast = map.Find("at-least") is null ? null : map.Number("at-least");
        var atMost = map.Find("at-most") is null ? null : map.Number("at-most");
        if (atLeast is null == atMost is null)
        {
            return Fail(map, "'count' needs exactly one of 'at-least: N' (too many) or 'at-most: N' (too few)");
        }

        return path is null ? null : new CountCondition(path, where, (int?)atLeast, (int?)atMost);
    }

    private static Condition? Leaf(YamlMap map, List<ConfigProblem> problems)
    {
        var path = Path(map, "attribute");
        var ignoreCase = map.Flag("ignore-case") ?? false;
        var present = Operators.Keys.Where(k => map.Keys.Contains(k)).ToList();
        if (present.Count != 1)
        {
            return Fail(map, $"a leaf condition needs exactly one test of: {string.Join(", ", Operators.Keys)}");
        }

        var op = Operators[present[0]];
        var node = map.Find(present[0])!;
        var operands = node is YamlSequenceNode list ? list.Children.Select(Operand).ToList() : [Operand(node)];
        Regex? pattern = null;
        if (op is Operator.Matches or Operator.NotMatches or Operator.KeyMatches)
        {
            try
            {
                pattern = new Regex(operands[0] as string ?? "", RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None), TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                return Fail(map, $"'{present[0]}' regex does not compile: {e.Message}");
            }
        }

        if (op is Operator.LessThan or Operator.GreaterThan or Operator.AtMost or Operator.AtLeast && operands[0] is not double)
        {
            return Fail(map, $"'{present[0]}' needs a number");
        }

        return path is null ? null : new AttributeCondition(path, op, operands, pattern, ignoreCase);
    }

    private static object? Operand(YamlNode node) => YamlConversion.ToIac(node) switch
    {
        IacBool b => b.Value,
        IacNumber n => n.Value,
        IacString s => s.Value,
        _ => null,
    };

    private static AttributePath? Path(YamlMap map, string key)
    {
        var text = map.Text(key, required: true);
        if (text is null)
        {
            return null;
        }

        var path = AttributePath.Parse(text, out var problem);
        if (path is null)
        {
            map.Problems.Add(new ConfigProblem(map.Where(key), problem!));
        }

        return path;
    }

    private static Condition? Fail(YamlMap map, string message)
    {
        map.Problems.Add(new ConfigProblem($"{map.File}:{map.Line}", message));
        foreach (var key in map.Keys.ToList())
        {
            map.Find(key);
        }

        return null;
    }
}
