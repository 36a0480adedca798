using Bulwark.Scanners.Detection.Sigma.Conditions;
using Bulwark.Scanners.Detection.Sigma.Model;
using YamlDotNet.RepresentationModel;

namespace Bulwark.Scanners.Detection.Sigma.Loading;

/// <summary>
/// Reads a rule's <c>detection</c>: every search identifier (a map is AND, a list is OR, a list of plain values is a
/// keyword search) and the condition(s), parsed and resolved against those identifiers.
/// </summary>
internal static class DetectionReader
{
    public static SigmaDetection? Read(YamlNode node, RuleContext context)
    {
        if (node is not YamlMappingNode map)
        {
            context.Refuse(node, "'detection' must be a mapping of search identifiers and a condition");
            return null;
        }

        var searches = new List<SearchIdentifier>();
        YamlNode? conditionNode = null;
        foreach (var (keyNode, value) in map.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? "";
            if (name == "condition")
            {
                conditionNode = value;
            }
            else if (name == "timeframe")
            {
                context.Refuse(keyNode, "'timeframe' belongs to the aggregations Sigma 2 removed: write a correlation rule with a timespan");
            }
            else if (ReadSearch(value, context) is { } body)
            {
                searches.Add(new SearchIdentifier(name, body, context.At(keyNode)));
            }
        }

        // Names of refused searches still count, so their refusal is not echoed as "unknown identifier".
        var names = map.Children.Keys.Select(k => (k as YamlScalarNode)?.Value ?? "").Where(n => n is not ("condition" or "timeframe")).ToList();
        var conditions = ReadConditions(conditionNode, map, names, context);
        return context.Refused ? null : new SigmaDetection(searches, conditions);
    }

    private static SearchNode? ReadSearch(YamlNode node, RuleContext context)
    {
        switch (node)
        {
            case YamlMappingNode { Children.Count: 0 }:
            case YamlSequenceNode { Children.Count: 0 }:
            case YamlScalarNode scalar when ItemReader.IsNull(scalar):
                context.Refuse(node, "a search identifier cannot be empty");
                return null;
            case YamlMappingNode map:
                var items = map.Children.Select(pair => ItemReader.Read(pair.Key, pair.Value, context)).ToList();
                return items.Any(i => i is null) ? null : items.Count == 1 ? items[0] : new SearchAllOf(items!, context.At(node));
            case YamlSequenceNode list when list.All(i => i is YamlScalarNode):
                return ItemReader.Keywords(list.Cast<YamlScalarNode>().ToList(), context);
            case YamlSequenceNode list:
                var alternatives = list.Select(element => ReadAlternative(element, context)).ToList();
                return alternatives.Any(a => a is null) ? null : new SearchAnyOf(alternatives!, context.At(node));
            default:
                return ItemReader.Keywords([(YamlScalarNode)node], context);
        }
    }

    private static SearchNode? ReadAlternative(YamlNode element, RuleContext context)
    {
        if (element is YamlSequenceNode)
        {
            context.Refuse(element, "a list inside a search identifier's list has no defined meaning: use a map or a value");
            return null;
        }

        return ReadSearch(element, context);
    }

    private static IReadOnlyList<SigmaCondition> ReadConditions(YamlNode? node, YamlNode detection, IReadOnlyList<string> names, RuleContext context)
    {
        var texts = node switch
        {
            null => null,
            YamlScalarNode { Value: { } text } => [(text, node)],
            YamlSequenceNode list when list.All(i => i is YamlScalarNode) => list.Select(i => (((YamlScalarNode)i).Value ?? "", i)).ToList(),
            _ => null,
        };
        if (texts is null || texts.Count == 0)
        {
            context.Refuse(node ?? detection, node is null ? "the detection has no condition" : "'condition' must be a text or a list of texts");
            return [];
        }

        var conditions = new List<SigmaCondition>();
        foreach (var (text, at) in texts)
        {
            var (tree, error) = ConditionParser.Parse(text, names);
            if (tree is null)
            {
                context.Refuse(at, $"condition '{text}': {error}");
                continue;
            }

            conditions.Add(new SigmaCondition(text, tree, context.At(at)));
        }

        return conditions;
    }
}
