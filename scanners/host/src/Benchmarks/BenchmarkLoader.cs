using System.Reflection;
using System.Text.RegularExpressions;
using Bulwark.Rules;
using Bulwark.Scanners.Host.Checks;
using Bulwark.Sdk;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace Bulwark.Scanners.Host.Benchmarks;

/// <summary>
/// Reads benchmark YAML files (README "Benchmark files"): every key checked, every mistake reported with file:line.
/// Files that name the same benchmark are merged (the built-in Debian benchmark is split by area).
/// </summary>
public static partial class BenchmarkLoader
{
    private static readonly ISerializer Yaml = new SerializerBuilder().Build();

    /// <summary>The built-in benchmarks, from the embedded YAML files.</summary>
    public static Created<IReadOnlyList<Benchmark>> LoadBuiltIn()
    {
        var assembly = typeof(BenchmarkLoader).Assembly;
        var files = assembly.GetManifestResourceNames().Where(n => n.StartsWith("Benchmarks/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(name => (Path: "scanners/host/src/" + name, Text: Read(assembly, name)));
        return Load(files);
    }

    /// <summary>Reads benchmark files given as (display path, text), merging those of one benchmark.</summary>
    public static Created<IReadOnlyList<Benchmark>> Load(IEnumerable<(string Path, string Text)> files)
    {
        var problems = new List<ConfigProblem>();
        var parts = new List<Benchmark>();
        foreach (var (path, text) in files)
        {
            var parsed = YamlSource.Parse(path, text);
            if (!parsed.Succeeded)
            {
                problems.AddRange(parsed.Problems);
                continue;
            }

            if (YamlMap.From(parsed.Value!, path, problems, "the benchmark file") is { } root && ReadFile(root) is { } benchmark)
            {
                parts.Add(benchmark);
            }
        }

        foreach (var group in parts.GroupBy(p => p.Name, StringComparer.Ordinal))
        {
            var first = group.First();
            foreach (var other in group.Skip(1).Where(o => o.Title != first.Title || !o.AppliesTo.SequenceEqual(first.AppliesTo)))
            {
                problems.Add(new ConfigProblem(other.Checks.FirstOrDefault()?.Where ?? other.Name,
                    $"the files of benchmark {other.Name} disagree on its title or applies-to ('{other.Title}' vs '{first.Title}'): give every file the same header"));
            }
        }

        var merged = parts.GroupBy(p => p.Name, StringComparer.Ordinal).Select(g => g.First() with
        {
            Sections = [.. g.SelectMany(p => p.Sections).OrderBy(s => s.Key, SectionOrder.Instance)],
            Checks = [.. g.SelectMany(p => p.Checks)],
        }).ToList();
        foreach (var duplicate in merged.SelectMany(b => b.Checks).GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new ConfigProblem(duplicate.Skip(1).First().Where, $"check id {duplicate.Key} is already used at {duplicate.First().Where}"));
        }

        foreach (var benchmark in merged)
        {
            var sections = benchmark.Sections.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var check in benchmark.Checks.Where(c => !sections.Contains(c.Section)))
            {
                problems.Add(new ConfigProblem(check.Where, $"section '{check.Section}' of {check.Id} is not declared under sections: of benchmark {benchmark.Name}"));
            }
        }

        return problems.Count > 0 ? Created<IReadOnlyList<Benchmark>>.Failed(problems) : Created<IReadOnlyList<Benchmark>>.Ok(merged);
    }

    private static Benchmark? ReadFile(YamlMap root)
    {
        var name = root.Text("benchmark", required: true);
        var title = root.Text("title", required: true);
        var appliesTo = root.TextList("applies-to");
        var sections = new List<KeyValuePair<string, string>>();
        if (root.Find("sections") is YamlMappingNode sectionNode)
        {
            foreach (var (key, value) in sectionNode.Children)
            {
                sections.Add(new(((YamlScalarNode)key).Value ?? "", (value as YamlScalarNode)?.Value ?? ""));
            }
        }
        else
        {
            root.Problems.Add(new ConfigProblem(root.Where("sections"), "sections must be a mapping of section id to title"));
        }

        var checks = root.MapList("checks").Select(ReadCheck).OfType<CheckDefinition>().ToList();
        root.RejectUnknownKeys();
        return name is null || title is null ? null : new Benchmark { Name = name, Title = title, AppliesTo = appliesTo, Sections = sections, Checks = checks };
    }

    private static CheckDefinition? ReadCheck(YamlMap map)
    {
        var id = map.Text("id", required: true);
        if (id is not null && !IdShape().IsMatch(id))
        {
            map.Problems.Add(new ConfigProblem(map.Where("id"), $"check id '{id}' must look like host/kebab-case"));
        }

        var title = map.Text("title", required: true);
        var section = map.Text("section", required: true);
        var level = (int?)map.Number("level") ?? 1;
        if (level is not (1 or 2))
        {
            map.Problems.Add(new ConfigProblem(map.Where("level"), $"level must be 1 or 2, not {level}"));
        }

        var severityText = map.Text("severity", required: true);
        Severity? severity = severityText is null ? null : SeverityNames.TryParse(severityText, out var parsed) ? parsed : null;
        if (severityText is not null && severity is null)
        {
            map.Problems.Add(new ConfigProblem(map.Where("severity"), $"severity must be one of {string.Join(", ", SeverityNames.All)}, not '{severityText}'"));
        }

        var rationale = map.Text("rationale", required: true);
        var remediation = map.Text("remediation", required: true);
        var references = map.TextList("references");
        var liveOnly = map.Flag("live-only") ?? false;
        var check = map.Map("check") is { } checkMap ? CheckParser.Parse(checkMap) : null;
        if (map.Find("check") is null)
        {
            map.Problems.Add(new ConfigProblem($"{map.File}:{map.Line}", $"check {id} has no check:"));
        }

        var fix = map.Map("fix") is { } fixMap ? ReadFix(fixMap) : null;
        map.RejectUnknownKeys();
        if (id is null || title is null || section is null || severity is null || rationale is null || remediation is null || check is null)
        {
            return null;
        }

        return new CheckDefinition
        {
            Id = id, Title = title, Section = section, Level = level, Severity = severity.Value, Rationale = rationale.Trim(),
            Remediation = remediation.Trim(), References = references, LiveOnly = liveOnly, Check = check, Fix = fix, Where = $"{map.File}:{map.Line}",
        };
    }

    private static FixSpec ReadFix(YamlMap map)
    {
        var tasks = new List<string>();
        if (map.Find("ansible") is { } ansible)
        {
            if (ansible is YamlSequenceNode sequence)
            {
                tasks.AddRange(sequence.Select(task => Yaml.Serialize(task).TrimEnd()));
            }
            else
            {
                map.Problems.Add(new ConfigProblem(map.Where("ansible"), "fix.ansible must be a list of tasks"));
            }
        }

        var shell = map.TextList("shell");
        map.RejectUnknownKeys();
        return new FixSpec(tasks, shell);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("^host/[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdShape();
}
