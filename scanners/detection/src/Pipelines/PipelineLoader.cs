using Bulwark.Rules;
using Bulwark.Sdk;
using YamlDotNet.RepresentationModel;

namespace Bulwark.Scanners.Detection.Pipelines;

/// <summary>Reads pipeline files (the shape of <c>linux.yaml</c>); every problem names its file and line.</summary>
internal static class PipelineLoader
{
    public const string BuiltInName = "linux.yaml (built in)";

    /// <summary>The built-in pipeline for Linux logs.</summary>
    public static Pipeline BuiltIn()
    {
        using var stream = typeof(PipelineLoader).Assembly.GetManifestResourceStream("Pipelines/linux.yaml")!;
        using var reader = new StreamReader(stream);
        var loaded = Parse(BuiltInName, reader.ReadToEnd());
        return loaded.Value ?? throw new InvalidOperationException("the built-in pipeline is invalid: " + string.Join("; ", loaded.Problems));
    }

    /// <summary>The built-in pipeline extended by the user's files, or every problem in them.</summary>
    public static Created<Pipeline> Load(IEnumerable<string> files)
    {
        var pipeline = BuiltIn();
        var problems = new List<ConfigProblem>();
        foreach (var file in files)
        {
            var parsed = YamlSource.Load(file, file);
            var loaded = parsed.Succeeded ? Read(file, parsed.Value!) : Created<Pipeline>.Failed(parsed.Problems);
            problems.AddRange(loaded.Problems);
            pipeline = loaded.Value is { } more ? pipeline.With(more) : pipeline;
        }

        return problems.Count > 0 ? Created<Pipeline>.Failed(problems) : Created<Pipeline>.Ok(pipeline);
    }

    public static Created<Pipeline> Parse(string file, string text)
    {
        var parsed = YamlSource.Parse(file, text);
        return parsed.Succeeded ? Read(file, parsed.Value!) : Created<Pipeline>.Failed(parsed.Problems);
    }

    private static Created<Pipeline> Read(string file, YamlNode node)
    {
        var problems = new List<ConfigProblem>();
        var root = YamlMap.From(node, file, problems, "the pipeline");
        var entries = new List<(LogSourceKey, IReadOnlyList<SourceBinding>)>();
        foreach (var source in root?.MapList("sources") ?? [])
        {
            var key = source.Map("logsource") is { } ls ? new LogSourceKey(ls.Text("product"), ls.Text("category"), ls.Text("service")) : null;
            if (key is null)
            {
                problems.Add(new ConfigProblem(source.Where("logsource"), "each source needs a 'logsource' with product, category or service"));
            }

            var bindings = source.MapList("formats").Select(f => ReadBinding(f)).OfType<SourceBinding>().ToList();
            source.RejectUnknownKeys();
            if (key is not null)
            {
                entries.Add((key, bindings));
            }
        }

        root?.RejectUnknownKeys();
        return problems.Count > 0 ? Created<Pipeline>.Failed(problems) : Created<Pipeline>.Ok(new Pipeline(entries));
    }

    private static SourceBinding? ReadBinding(YamlMap map)
    {
        var format = map.Text("format", required: true);
        var when = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (map.Map("when") is { } conditions)
        {
            foreach (var field in conditions.Keys.ToList())
            {
                when[field] = conditions.TextList(field);
            }
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (map.Map("fields") is { } names)
        {
            foreach (var field in names.Keys.ToList())
            {
                fields[field] = names.Text(field) ?? field;
            }
        }

        map.RejectUnknownKeys();
        return format is null ? null : new SourceBinding(format, when, fields, map.Where("format"));
    }
}
