using Bulwark.Rules;
using Bulwark.Scanners.Detection.Sigma.Model;
using Bulwark.Sdk;
using YamlDotNet.RepresentationModel;

namespace Bulwark.Scanners.Detection.Sigma.Loading;

/// <summary>
/// Reads a correlation rule (correlation rules specification v2): type, rules, group-by, timespan, condition,
/// aliases and generate. Whether the rules it names exist is checked once every file is loaded.
/// </summary>
internal static class CorrelationReader
{
    private static readonly Dictionary<string, CorrelationType> Types = new(StringComparer.Ordinal)
    {
        ["event_count"] = CorrelationType.EventCount,
        ["value_count"] = CorrelationType.ValueCount,
        ["temporal"] = CorrelationType.Temporal,
        ["temporal_ordered"] = CorrelationType.TemporalOrdered,
    };

    public static SigmaCorrelation? Read(YamlMappingNode document, RuleContext context)
    {
        var found = new List<ConfigProblem>();
        var map = YamlMap.From(document, context.File, found, "the correlation rule")!;
        var header = RuleHeader.Read(map, context);
        context.Label = "correlation" + context.Label["rule".Length..];
        var section = map.Map("correlation");
        if (section is null)
        {
            context.Adopt(found);
            return null;
        }

        var typeText = section.Text("type");
        CorrelationType? type = typeText is not null && Types.TryGetValue(typeText, out var known) ? known : null;
        if (type is null)
        {
            context.Refuse(section.Where("type"), typeText is null ? "the correlation has no 'type'" : $"correlation type '{typeText}' is not one of {string.Join(", ", Types.Keys)}");
        }

        var rules = section.TextList("rules");
        if (rules.Count == 0)
        {
            context.Refuse(section.Where("rules"), "the correlation names no 'rules'");
        }

        var timespan = ReadTimespan(section, context);
        var condition = section.Find("condition") is { } node && type is { } t ? CorrelationConditionReader.Read(node, t, rules, context) : null;
        if (condition is null && type is CorrelationType.EventCount or CorrelationType.ValueCount && section.Find("condition") is null)
        {
            context.Refuse(section.Where("condition"), $"a {typeText} correlation needs a 'condition' such as 'gte: 10'");
        }

        var correlation = new SigmaCorrelation
        {
            Id = header.Id,
            Name = header.Name,
            Title = header.Title,
            Status = header.Status,
            Level = header.Level,
            Description = header.Description,
            Author = header.Author,
            References = header.References,
            Tags = header.Tags,
            FalsePositives = header.FalsePositives,
            Date = header.Date,
            Modified = header.Modified,
            Type = type ?? CorrelationType.EventCount,
            Rules = rules,
            GroupBy = section.TextList("group-by"),
            Timespan = timespan ?? TimeSpan.Zero,
            Condition = condition ?? CorrelationCondition.None,
            Aliases = ReadAliases(section, context),
            Generate = map.Flag("generate") ?? section.Flag("generate") ?? false,
            Where = context.DocumentWhere,
        };
        section.RejectUnknownKeys();
        context.Adopt(found);
        return context.Refused ? null : correlation;
    }

    // The specification's format is a number and a lower-case unit letter: s, m, h or d (w for weeks is pySigma's).
    private static TimeSpan? ReadTimespan(YamlMap section, RuleContext context)
    {
        var text = section.Text("timespan");
        if (Durations.Parse(text) is { } span)
        {
            return span;
        }

        context.Refuse(section.Where("timespan"), text is null ? "the correlation has no 'timespan'" : $"timespan '{text}' must be a number and a unit: s, m, h or d (such as 90m)");
        return null;
    }

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ReadAliases(YamlMap section, RuleContext context)
    {
        var aliases = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        if (section.Find("aliases") is not { } node)
        {
            return aliases;
        }

        if (node is not YamlMappingNode map)
        {
            context.Refuse(node, "'aliases' must map each alias to rule names and their fields");
            return aliases;
        }

        foreach (var (alias, fields) in map.Children)
        {
            var byRule = (fields as YamlMappingNode)?.Children.Where(p => p.Value is YamlScalarNode)
                .ToDictionary(p => ((YamlScalarNode)p.Key).Value ?? "", p => ((YamlScalarNode)p.Value).Value ?? "", StringComparer.Ordinal);
            if (byRule is null || byRule.Count != ((YamlMappingNode)fields).Children.Count)
            {
                context.Refuse(fields, $"alias '{alias}' must map rule names to field names");
                continue;
            }

            aliases[((YamlScalarNode)alias).Value ?? ""] = byRule;
        }

        return aliases;
    }
}
