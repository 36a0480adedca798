using System.Text.RegularExpressions;
using Bulwark.Rules;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Secrets.Loading;

/// <summary>
/// Reads secret rule files (the format is described in the room's README). Every problem is collected with
/// its <c>file:line</c>; a file with problems yields no rules at all, so a half-loaded rule set never runs.
/// </summary>
public static class RuleFileLoader
{
    /// <summary>Parses one rule file's text.</summary>
    public static Created<RuleFile> Parse(string displayPath, string text)
    {
        var root = YamlSource.Parse(displayPath, text);
        if (!root.Succeeded)
        {
            return Created<RuleFile>.Failed(root.Problems);
        }

        var problems = new List<ConfigProblem>();
        var file = YamlMap.From(root.Value!, displayPath, problems, "a rule file");
        if (file is null)
        {
            return Created<RuleFile>.Failed(problems);
        }

        var rules = file.MapList("rules").Select(map => ReadRule(map, displayPath)).OfType<SecretRule>().ToList();
        IReadOnlyList<Allowlist> allow = file.Map("allow") is { } allowMap ? [ReadAllowlist(allowMap)] : [];
        file.RejectUnknownKeys();
        return problems.Count == 0 ? Created<RuleFile>.Ok(new RuleFile(rules, allow)) : Created<RuleFile>.Failed(problems);
    }

    private static SecretRule? ReadRule(YamlMap map, string displayPath)
    {
        var before = map.Problems.Count;
        var id = map.Text("id", required: true) ?? "";
        if (id.Length > 0 && !RuleIds.IsValid(id, "secrets"))
        {
            map.Problems.Add(new ConfigProblem(map.Where("id"), $"rule id '{id}' must look like 'secrets/kebab-case-name'"));
        }

        var severityText = map.Text("severity", required: true);
        var severity = Severity.High;
        if (severityText is not null && !SeverityNames.TryParse(severityText, out severity))
        {
            map.Problems.Add(new ConfigProblem(map.Where("severity"), $"unknown severity '{severityText}' (expected one of: {string.Join(", ", SeverityNames.All)})"));
        }

        var info = new RuleInfo
        {
            Id = id,
            Title = map.Text("title", required: true) ?? "",
            Severity = severity,
            Description = map.Text("description") ?? "",
            Remediation = map.Text("remediation"),
            References = map.TextList("references"),
            Tags = map.TextList("tags"),
            EnabledByDefault = map.Flag("enabled") ?? true,
            Aliases = map.TextList("aliases"),
        };

        var patternText = map.Text("pattern", required: true);
        var pattern = patternText is null ? null : Compile(map, "pattern", patternText);
        var secretGroup = map.Text("secret-group") ?? DefaultGroup(pattern);
        if (pattern is not null && !GroupExists(pattern, secretGroup))
        {
            map.Problems.Add(new ConfigProblem(map.Where("secret-group"), $"the pattern has no capture group '{secretGroup}'"));
        }

        var validator = map.Text("validator");
        if (validator is not null && !SecretValidators.Exists(validator))
        {
            map.Problems.Add(new ConfigProblem(map.Where("validator"), $"unknown validator '{validator}' (expected one of: {string.Join(", ", SecretValidators.Names)})"));
        }

        var keywords = map.TextList("keywords").Select(k => k.ToLowerInvariant()).ToList();
        var examples = map.Map("examples");
        var matchExamples = examples?.TextList("match") ?? [];
        var noMatchExamples = examples?.TextList("no-match") ?? [];
        examples?.RejectUnknownKeys();
        var rule = new SecretRule
        {
            Info = info,
            Source = $"{displayPath}:{map.Line}",
            Keywords = keywords,
            PatternText = patternText ?? "",
            SecretGroup = secretGroup,
            MinEntropy = map.Number("entropy") ?? 0,
            Validator = validator,
            Multiline = map.Flag("multiline") ?? false,
            FilterPlaceholders = map.Flag("placeholders") ?? true,
            Generic = map.Flag("generic") ?? false,
            Paths = map.TextList("paths").Select(p => Compile(map, "paths", p)).OfType<Regex>().ToList(),
            Allow = map.Map("allow") is { } allow ? [ReadAllowlist(allow)] : [],
            MatchExamples = matchExamples,
            NoMatchExamples = noMatchExamples,
            CompatibleIds = map.TextList("gitleaks-ids"),
        };
        map.RejectUnknownKeys();
        return map.Problems.Count == before ? rule : null;
    }

    /// <summary>Reads an <c>allow</c> mapping.</summary>
    internal static Allowlist ReadAllowlist(YamlMap map)
    {
        var list = new Allowlist
        {
            Secrets = map.TextList("secrets").Select(p => Compile(map, "secrets", p)).OfType<Regex>().ToList(),
            Matches = map.TextList("matches").Select(p => Compile(map, "matches", p)).OfType<Regex>().ToList(),
            Lines = map.TextList("lines").Select(p => Compile(map, "lines", p)).OfType<Regex>().ToList(),
            Paths = map.TextList("paths").Select(p => Compile(map, "paths", p)).OfType<Regex>().ToList(),
            Commits = map.TextList("commits"),
            Stopwords = map.TextList("stopwords").Select(s => s.ToLowerInvariant()).ToList(),
            RequireAll = map.Flag("require-all") ?? false,
        };
        map.RejectUnknownKeys();
        return list;
    }

    private static Regex? Compile(YamlMap map, string key, string pattern)
    {
        var regex = Patterns.TryCompile(pattern, out var error, compiled: false);
        if (regex is null)
        {
            map.Problems.Add(new ConfigProblem(map.Where(key), $"'{key}' regex does not compile: {error}"));
        }

        return regex;
    }

    private static string DefaultGroup(Regex? pattern)
    {
        if (pattern is null)
        {
            return "0";
        }

        var names = pattern.GetGroupNames();
        return names.Contains("secret") ? "secret" : names.Contains("1") ? "1" : "0";
    }

    private static bool GroupExists(Regex pattern, string group) =>
        int.TryParse(group, out var number) ? pattern.GetGroupNumbers().Contains(number) : pattern.GroupNumberFromName(group) >= 0;
}
