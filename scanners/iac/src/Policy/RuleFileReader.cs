using Bulwark.Rules;
using Bulwark.Scanners.Iac.Model;
using Bulwark.Sdk;
using YamlDotNet.RepresentationModel;

namespace Bulwark.Scanners.Iac.Policy;

/// <summary>
/// Reads an IaC rule file (format in the room's README): a default <c>platform</c> and a list of <c>rules</c>,
/// each with metadata, the resource types it checks, an optional <c>when</c>, a <c>violation</c>, the peers'
/// ids for the same check and its own tests. Every mistake is a problem with its line; a file with problems
/// yields no rules.
/// </summary>
public static class RuleFileReader
{
    private static readonly string[] PeerTools = ["checkov", "hadolint", "kics", "kube-linter", "terrascan", "tfsec", "trivy"];

    /// <summary>Parses one rule file.</summary>
    public static Created<IReadOnlyList<IacRule>> Parse(string displayPath, string text)
    {
        var root = YamlSource.Parse(displayPath, text);
        if (!root.Succeeded)
        {
            return Created<IReadOnlyList<IacRule>>.Failed(root.Problems);
        }

        var problems = new List<ConfigProblem>();
        var file = YamlMap.From(root.Value!, displayPath, problems, "a rule file");
        if (file is null)
        {
            return Created<IReadOnlyList<IacRule>>.Failed(problems);
        }

        var platform = file.Text("platform");
        if (platform is not null && !IacPlatform.All.Contains(platform))
        {
            problems.Add(new ConfigProblem(file.Where("platform"), $"unknown platform '{platform}' (expected one of: {string.Join(", ", IacPlatform.All)})"));
        }

        var rules = file.MapList("rules").Select(map => ReadRule(map, displayPath, platform)).OfType<IacRule>().ToList();
        file.RejectUnknownKeys();
        return problems.Count > 0 ? Created<IReadOnlyList<IacRule>>.Failed(problems) : Created<IReadOnlyList<IacRule>>.Ok(rules);
    }

    private static IacRule? ReadRule(YamlMap map, string file, string? defaultPlatform)
    {
        var before = map.Problems.Count;
        var id = map.Text("id", required: true) ?? "";
        if (id.Length > 0 && !RuleIds.IsValid(id, "iac"))
        {
            map.Problems.Add(new ConfigProblem(map.Where("id"), $"rule id '{id}' must look like 'iac/kebab-case-name'"));
        }

        var severityText = map.Text("severity", required: true);
        var severity = Severity.Medium;
        if (severityText is not null && !SeverityNames.TryParse(severityText, out severity))
        {
            map.Problems.Add(new ConfigProblem(map.Where("severity"), $"unknown severity '{severityText}'"));
        }

        var platform = map.Text("platform") ?? defaultPlatform;
        if (platform is null || !IacPlatform.All.Contains(platform))
        {
            map.Problems.Add(new ConfigProblem(map.Where("platform"), $"the rule needs a known 'platform' (one of: {string.Join(", ", IacPlatform.All)})"));
        }

        var types = map.TextList("resource");
        if (types.Count == 0)
        {
            map.Problems.Add(new ConfigProblem($"{file}:{map.Line}", "the rule needs 'resource': the resource type(s) it checks"));
        }

        var when = map.Find("when") is { } whenNode ? ConditionReader.Read(whenNode, file, map.Problems) : null;
        var violation = map.Find("violation") is { } violationNode ? ConditionReader.Read(violationNode, file, map.Problems) : null;
        if (map.Find("violation") is null)
        {
            map.Problems.Add(new ConfigProblem($"{file}:{map.Line}", "the rule needs a 'violation' condition"));
        }

        var peers = ReadPeers(map);
        var info = new RuleInfo
        {
            Id = id,
            Title = map.Text("title", required: true) ?? "",
            Severity = severity,
            Description = map.Text("description") ?? "",
            Remediation = map.Text("remediation"),
            References = map.TextList("references"),
            Tags = [.. map.TextList("tags"), .. platform is null ? Array.Empty<string>() : [platform]],
            EnabledByDefault = map.Flag("enabled") ?? true,
            Aliases = map.TextList("aliases"),
            AppliesTo = types,
            PeerIds = peers,
        };
        var tests = map.MapList("tests").Select((t, i) => ReadTest(t, file, platform, i + 1)).OfType<RuleTest>().ToList();
        map.RejectUnknownKeys();
        return map.Problems.Count > before ? null : new IacRule
        {
            Info = info,
            Source = $"{file}:{map.Line}",
            Platform = platform!,
            Types = types,
            When = when,
            Violation = violation!,
            Tests = tests,
        };
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadPeers(YamlMap map)
    {
        var peers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (map.Map("peers") is not { } section)
        {
            return peers;
        }

        foreach (var tool in PeerTools)
        {
            if (section.TextList(tool) is { Count: > 0 } ids)
            {
                peers[tool] = ids;
            }
        }

        section.RejectUnknownKeys();
        return peers;
    }

    private static RuleTest? ReadTest(YamlMap map, string file, string? platform, int number)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        if (map.Text("input") is { } input)
        {
            files[map.Text("file") ?? DefaultFileName(platform)] = input;
        }
        else if (map.Map("files") is { } many)
        {
            foreach (var fileName in many.Keys.ToList())
            {
                files[fileName] = many.Text(fileName) ?? "";
            }
        }

        var expect = map.Find("expect") is YamlSequenceNode lines
            ? lines.Children.OfType<YamlScalarNode>().Select(l => int.TryParse(l.Value, out var n) ? n : -1).ToList()
            : null;
        var name = map.Text("name") ?? $"example {number}";
        map.RejectUnknownKeys();
        if (files.Count == 0 || expect is null || expect.Contains(-1))
        {
            map.Problems.Add(new ConfigProblem($"{file}:{map.Line}", "a test needs 'input' (or 'files') and 'expect': the list of lines where the rule must report ([] for none)"));
            return null;
        }

        return new RuleTest(name, files, expect, $"{file}:{map.Line}");
    }

    /// <summary>The file name a single-input test is given, so the platform's loader recognises it.</summary>
    public static string DefaultFileName(string? platform) => platform switch
    {
        IacPlatform.Terraform => "main.tf",
        IacPlatform.CloudFormation => "template.yaml",
        IacPlatform.Kubernetes => "manifest.yaml",
        IacPlatform.Dockerfile => "Dockerfile",
        IacPlatform.Compose => "docker-compose.yml",
        IacPlatform.Ansible => "playbook.yml",
        _ => "input.txt",
    };
}
