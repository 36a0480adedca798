using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.CloudFormation;

/// <summary><c>Fn::FindInMap</c> over the template's <c>Mappings</c>.</summary>
internal sealed partial class CfnEvaluator
{
    private IacValue FindInMap(IacValue argument, SourceRange range)
    {
        if (argument is not IacList { Items.Count: >= 3 } list || CfnValues.Text(list.Items[0]) is not { } mapName
            || template.Mappings[mapName] is not IacObject map)
        {
            return CfnValues.Unknown("Fn::FindInMap over values known at deploy time", range, argument);
        }

        // The optional fourth argument (AWS::LanguageExtensions) is {DefaultValue: x}.
        var fallback = list.Items.Count > 3 && list.Items[3] is IacObject options ? options["DefaultValue"] : null;
        var (top, second) = (CfnValues.Text(list.Items[1]), CfnValues.Text(list.Items[2]));
        var candidates = Candidates(map, top, second, mapName);
        if (candidates.Count == 0)
        {
            return fallback is null
                ? CfnValues.Unknown($"no entry in mapping {mapName} for these keys", range, argument)
                : Evaluate(fallback) with { Range = range, Origin = $"DefaultValue of Fn::FindInMap {mapName}" };
        }

        // A key known only at deploy time (often AWS::Region) still gives a known value when every entry agrees.
        var first = candidates[0];
        return candidates.All(c => CfnValues.Same(c.Value, first.Value))
            && (top is not null && second is not null || fallback is null || CfnValues.Same(fallback, first.Value))
            ? Evaluate(first.Value) with { Range = range, Origin = $"{first.Path} ({template.Where(first.Value)})" }
            : CfnValues.Unknown($"mapping {mapName} has different values for keys known at deploy time", range, argument);
    }

    private static List<(string Path, IacValue Value)> Candidates(IacObject map, string? top, string? second, string mapName)
    {
        var found = new List<(string, IacValue)>();
        foreach (var level in map.Members.Where(m => top is null || m.Key == top))
        {
            if (level.Value is not IacObject entries)
            {
                continue;
            }

            foreach (var entry in entries.Members.Where(m => second is null || m.Key == second))
            {
                found.Add(($"Mappings.{mapName}.{level.Key}.{entry.Key}", entry.Value));
            }
        }

        return found;
    }
}
