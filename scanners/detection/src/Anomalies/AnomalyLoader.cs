using Bulwark.Rules;
using Bulwark.Scanners.Detection.Pipelines;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Detection.Anomalies;

/// <summary>
/// Reads rate rules (<c>--anomalies FILE</c>, the shape in <c>scanners/detection/README.md</c>); every problem names its
/// file and line.
/// </summary>
internal static class AnomalyLoader
{
    public static Created<IReadOnlyList<RateAnomaly>> Load(IEnumerable<string> files)
    {
        var problems = new List<ConfigProblem>();
        var rules = new List<RateAnomaly>();
        foreach (var file in files)
        {
            var parsed = YamlSource.Load(file, file);
            if (!parsed.Succeeded)
            {
                problems.AddRange(parsed.Problems);
                continue;
            }

            var root = YamlMap.From(parsed.Value!, file, problems, "the anomaly file");
            rules.AddRange((root?.MapList("anomalies") ?? []).Select(Read).OfType<RateAnomaly>());
            root?.RejectUnknownKeys();
        }

        return problems.Count > 0 ? Created<IReadOnlyList<RateAnomaly>>.Failed(problems) : Created<IReadOnlyList<RateAnomaly>>.Ok(rules);
    }

    private static RateAnomaly? Read(YamlMap map)
    {
        var id = map.Text("id", required: true);
        var title = map.Text("title", required: true);
        var level = map.Text("level") ?? "medium";
        var source = map.Map("logsource") is { } ls ? new LogSourceKey(ls.Text("product"), ls.Text("category"), ls.Text("service")) : null;
        var match = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (map.Map("match") is { } selection)
        {
            foreach (var field in selection.Keys.ToList())
            {
                match[field] = selection.TextList(field);
            }
        }

        var groupBy = map.Text("group-by");
        var window = Duration(map, "window", "1m");
        var learn = Duration(map, "learn", "30m");
        var factor = map.Number("factor") ?? 3;
        var minCount = map.Number("min-count") ?? 10;
        map.RejectUnknownKeys();
        if (source is null)
        {
            map.Problems.Add(new ConfigProblem(map.Where("logsource"), $"anomaly {id}: 'logsource' is required"));
        }

        if (factor <= 0 || minCount < 0)
        {
            map.Problems.Add(new ConfigProblem(map.Where("factor"), $"anomaly {id}: factor must be positive and min-count not negative"));
        }

        return id is null || title is null || source is null || window is null || learn is null || factor <= 0 || minCount < 0
            ? null
            : new RateAnomaly(id, title, level, source, match, groupBy, window.Value, learn.Value, factor, (long)minCount, map.Where("id"));
    }

    private static TimeSpan? Duration(YamlMap map, string key, string fallback)
    {
        var text = map.Text(key) ?? fallback;
        if (Durations.Parse(text) is { } duration)
        {
            return duration;
        }

        map.Problems.Add(new ConfigProblem(map.Where(key), $"'{key}' must be a duration such as 30s, 1m, 2h or 7d, not '{text}'"));
        return null;
    }
}
