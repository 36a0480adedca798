using Bulwark.Scanners.Detection.Sigma.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bulwark.Scanners.Detection.Sigma.Loading;

/// <summary>Reads one <c>field|modifiers: value(s)</c> entry, or a run of keywords, into a checked <see cref="DetectionItem"/>.</summary>
internal static class ItemReader
{
    /// <summary>A map entry; null (with the reason recorded) when it is refused.</summary>
    public static DetectionItem? Read(YamlNode key, YamlNode value, RuleContext context)
    {
        var text = (key as YamlScalarNode)?.Value ?? "";
        var (field, chain, error) = ModifierParser.Parse(text);
        if (chain is null)
        {
            context.Refuse(key, error!);
            return null;
        }

        var scalars = value switch
        {
            YamlScalarNode scalar => [scalar],
            YamlSequenceNode list when list.All(i => i is YamlScalarNode) => list.Cast<YamlScalarNode>().ToList(),
            _ => null,
        };
        if (scalars is null)
        {
            context.Refuse(value, $"the value of '{text}' must be a value or a list of values, not a {(value is YamlMappingNode ? "mapping" : "nested list")}");
            return null;
        }

        return Checked(new DetectionItem(field, chain, scalars.Select(s => ValueOf(s, chain, context)).ToList(), context.At(key)), context);
    }

    /// <summary>Plain keywords (a list of values under a search identifier): any of them in the event's text.</summary>
    public static DetectionItem? Keywords(IReadOnlyList<YamlScalarNode> scalars, RuleContext context) =>
        Checked(new DetectionItem(null, ModifierChain.None, scalars.Select(s => ValueOf(s, ModifierChain.None, context)).ToList(), context.At(scalars[0])), context);

    /// <summary>A YAML null: <c>~</c>, <c>null</c> or nothing, unquoted.</summary>
    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static SigmaValue ValueOf(YamlScalarNode scalar, ModifierChain chain, RuleContext context)
    {
        if (IsNull(scalar))
        {
            return new SigmaValue(null, null, context.At(scalar));
        }

        var text = scalar.Value ?? "";
        return new SigmaValue(text, chain.Kind == ValueKind.Text ? SigmaString.Parse(text, chain.Expand) : null, context.At(scalar));
    }

    private static DetectionItem? Checked(DetectionItem item, RuleContext context)
    {
        if (ValueChecks.Check(item) is { } error)
        {
            context.Refuse(item.Where, error);
            return null;
        }

        return item;
    }
}
