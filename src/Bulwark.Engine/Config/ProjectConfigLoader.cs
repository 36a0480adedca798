using System.Globalization;
using Bulwark.Engine.Settings;
using Bulwark.Rules;
using Bulwark.Sdk;

namespace Bulwark.Engine.Config;

/// <summary>
/// Reads <c>bulwark.yaml</c>. Every key must be known (scan settings, one section per scanner with that
/// scanner's settings, <c>rules</c>, <c>suppressions</c>, <c>version</c>); anything else is a problem with its line.
/// </summary>
public static class ProjectConfigLoader
{
    /// <summary>The name looked for at the scan root.</summary>
    public const string FileName = "bulwark.yaml";

    /// <summary>Loads and checks the file at <paramref name="path"/>.</summary>
    public static Created<ProjectConfig> Load(string path, IReadOnlyList<SettingInfo> scanSettings, IReadOnlyList<ScannerInfo> scanners)
    {
        var display = DisplayPath(path);
        var root = YamlSource.Load(path, display);
        if (!root.Succeeded)
        {
            return Created<ProjectConfig>.Failed(root.Problems);
        }

        var problems = new List<ConfigProblem>();
        var map = YamlMap.From(root.Value!, display, problems, "the config file");
        if (map is null)
        {
            return Created<ProjectConfig>.Failed(problems);
        }

        var version = map.Text("version");
        if (version is not null && version != "1")
        {
            problems.Add(new ConfigProblem(map.Where("version"), $"unsupported config version '{version}' (this Bulwark reads version 1)"));
        }

        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var settings = new Dictionary<string, SettingValue>(StringComparer.Ordinal);
        ReadSettings(map, scanSettings, "", baseDirectory, settings);
        foreach (var scanner in scanners)
        {
            if (map.Map(scanner.Id) is { } section)
            {
                ReadSettings(section, scanner.Settings, scanner.Id + ".", baseDirectory, settings);
                section.RejectUnknownKeys();
            }
        }

        var rules = map.Map("rules") is { } rulesMap ? ReadRuleOverrides(rulesMap) : RuleOverrides.None;
        var suppressions = map.MapList("suppressions").Select(ReadSuppression).OfType<ConfigSuppression>().ToList();
        map.RejectUnknownKeys();
        return problems.Count > 0
            ? Created<ProjectConfig>.Failed(problems)
            : Created<ProjectConfig>.Ok(new ProjectConfig { Path = path, Settings = settings, Rules = rules, Suppressions = suppressions });
    }

    /// <summary>A path as messages show it: relative to the working directory when inside it.</summary>
    public static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    private static void ReadSettings(YamlMap map, IEnumerable<SettingInfo> declared, string prefix, string baseDirectory, Dictionary<string, SettingValue> into)
    {
        foreach (var setting in declared)
        {
            var key = setting.Key[prefix.Length..];
            if (map.Find(key) is null)
            {
                continue;
            }

            IReadOnlyList<string> values = setting.Type == SettingType.List ? map.TextList(key) : map.Text(key) is { } one ? [one] : [];
            into[setting.Key] = new SettingValue(values, map.Where(key), baseDirectory);
        }
    }

    private static RuleOverrides ReadRuleOverrides(YamlMap map)
    {
        var disabled = map.TextList("disable").Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => map.Where("disable"), StringComparer.Ordinal);
        var enabled = map.TextList("enable").Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => map.Where("enable"), StringComparer.Ordinal);
        var severities = new Dictionary<string, (Severity, string)>(StringComparer.Ordinal);
        if (map.Map("severity") is { } severityMap)
        {
            foreach (var id in severityMap.Keys.ToList())
            {
                var text = severityMap.Text(id);
                if (SeverityNames.TryParse(text, out var severity))
                {
                    severities[id] = (severity, severityMap.Where(id));
                }
                else
                {
                    map.Problems.Add(new ConfigProblem(severityMap.Where(id), $"unknown severity '{text}' for {id} (expected one of: {string.Join(", ", SeverityNames.All)})"));
                }
            }
        }

        map.RejectUnknownKeys();
        return new RuleOverrides { Disabled = disabled, Enabled = enabled, Severities = severities };
    }

    private static ConfigSuppression? ReadSuppression(YamlMap map)
    {
        var before = map.Problems.Count;
        var fingerprint = map.Text("fingerprint");
        var rule = map.Text("rule");
        var path = map.Text("path");
        var reason = map.Text("reason");
        var expiresText = map.Text("expires");
        map.RejectUnknownKeys();
        if (string.IsNullOrWhiteSpace(reason))
        {
            map.Problems.Add(new ConfigProblem($"{map.File}:{map.Line}", "a suppression needs a 'reason'"));
        }

        if (fingerprint is null && rule is null && path is null)
        {
            map.Problems.Add(new ConfigProblem($"{map.File}:{map.Line}", "a suppression needs a 'fingerprint', a 'rule' or a 'path'"));
        }

        DateOnly? expires = null;
        if (expiresText is not null)
        {
            if (DateOnly.TryParseExact(expiresText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                expires = date;
            }
            else
            {
                map.Problems.Add(new ConfigProblem(map.Where("expires"), $"'expires' must be a date as YYYY-MM-DD, not '{expiresText}'"));
            }
        }

        return map.Problems.Count > before ? null : new ConfigSuppression
        {
            Fingerprint = fingerprint,
            RuleId = rule,
            Path = path,
            Reason = reason!,
            Expires = expires,
            Source = $"{map.File}:{map.Line}",
        };
    }
}
