using Bulwark.Rules;
using Bulwark.Scanners.Detection.Sigma.Model;
using Bulwark.Sdk;
using YamlDotNet.RepresentationModel;

namespace Bulwark.Scanners.Detection.Sigma.Loading;

/// <summary>Reads one detection rule document; null (with every reason recorded) when the rule is refused.</summary>
internal static class RuleReader
{
    public static SigmaRule? Read(YamlMappingNode document, RuleContext context)
    {
        var found = new List<ConfigProblem>();
        var map = YamlMap.From(document, context.File, found, "the rule")!;
        var header = RuleHeader.Read(map, context);
        var logSource = ReadLogSource(map, found, context);
        var detection = map.Find("detection") is { } node ? DetectionReader.Read(node, context) : null;
        if (map.Find("detection") is null)
        {
            context.Refuse(context.DocumentWhere, "missing required key 'detection'");
        }

        var fields = map.TextList("fields");
        context.Adopt(found);
        if (context.Refused)
        {
            return null;
        }

        return new SigmaRule
        {
            Id = header.Id,
            Name = header.Name,
            Title = header.Title,
            Status = header.Status,
            Level = header.Level,
            Description = header.Description,
            References = header.References,
            Tags = header.Tags,
            Author = header.Author,
            Date = header.Date,
            Modified = header.Modified,
            LogSource = logSource!,
            Detection = detection!,
            FalsePositives = header.FalsePositives,
            Fields = fields,
            Where = context.DocumentWhere,
        };
    }

    private static SigmaLogSource? ReadLogSource(YamlMap map, List<ConfigProblem> found, RuleContext context)
    {
        if (map.Find("logsource") is not { } node)
        {
            context.Refuse(context.DocumentWhere, "missing required key 'logsource'");
            return null;
        }

        // The specification allows further keys in a log source beside these four, so unknown keys are kept quiet.
        var source = YamlMap.From(node, context.File, found, "'logsource'");
        return source is null ? null : new SigmaLogSource(source.Text("product"), source.Text("category"), source.Text("service"), source.Text("definition"));
    }
}
