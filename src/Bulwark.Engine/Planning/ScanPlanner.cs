using System.Globalization;
using Bulwark.Engine.Config;
using Bulwark.Engine.Paths;
using Bulwark.Engine.Policy;
using Bulwark.Engine.Scanning;
using Bulwark.Engine.Settings;
using Bulwark.Engine.Suppressions;
using Bulwark.Sdk;

namespace Bulwark.Engine.Planning;

/// <summary>
/// Turns a request into a checked <see cref="ScanPlan"/>: finds and reads the config, layers the settings,
/// creates the chosen scanners, and checks every rule id, suppression and baseline the user named. All
/// problems are gathered and returned together, so one run shows everything that needs fixing.
/// </summary>
public static class ScanPlanner
{
    /// <summary>Every setting a scan understands: the scan's own and each scanner's.</summary>
    public static IReadOnlyList<SettingInfo> Declared(IReadOnlyList<IScannerModule> modules) =>
        [.. ScanSettings.All, .. modules.SelectMany(m => m.Info.Settings)];

    /// <summary>Builds the plan, or returns every problem that prevents it.</summary>
    public static Created<ScanPlan> Create(ScanRequest request, IReadOnlyList<IScannerModule> modules)
    {
        // The config may speak of modules this command does not run (a host audit's checks in a scan's bulwark.yaml).
        IReadOnlyList<IScannerModule> all = [.. modules, .. request.OtherModules.Where(o => modules.All(m => m.Info.Id != o.Info.Id))];
        var declared = Declared(all);
        var config = LoadConfig(request, all);
        if (!config.Succeeded)
        {
            return Created<ScanPlan>.Failed(config.Problems);
        }

        var project = config.Value!;
        var settings = new SettingValues(declared,
            [request.CommandLine, EnvironmentSettings.Read(declared, request.Environment, request.WorkingDirectory), project.Settings],
            request.WorkingDirectory);
        var problems = new List<ConfigProblem>(SettingChecks.Validate(declared, settings));
        if (problems.Count > 0)
        {
            return Created<ScanPlan>.Failed(problems);
        }

        // Every module's rule catalogue is loaded only when the config names rules: loading them all (the IaC and secret
        // rule sets) is most of a small command's start-up.
        var namesRules = project.Rules.Disabled.Count + project.Rules.Enabled.Count + project.Rules.Severities.Count + project.Suppressions.Count > 0;
        IReadOnlyList<IScannerModule> catalogues = namesRules ? all : [];
        var aliases = catalogues.SelectMany(m => m.BuiltInRules).SelectMany(r => r.Aliases.Select(a => (a, r.Id))).ToDictionary(p => p.a, p => p.Id, StringComparer.Ordinal);
        var overrides = Canonical(project.Rules, aliases);
        var selected = SelectModules(settings, modules, problems);
        var scanners = new List<IScanner>();
        foreach (var module in selected)
        {
            var created = module.Create(new ScannerOptions(settings, rule => IsEnabled(rule, overrides)));
            if (created.Succeeded)
            {
                scanners.Add(created.Value!);
            }
            else
            {
                problems.AddRange(created.Problems);
            }
        }

        var known = catalogues.SelectMany(m => m.BuiltInRules).Concat(scanners.SelectMany(s => s.Rules)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var dynamic = all.Select(m => m.Info.DynamicRuleIds).OfType<string>()
            .Select(p => new System.Text.RegularExpressions.Regex("^(?:" + p + ")$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)).ToList();
        problems.AddRange(UnknownRuleIds(overrides, project.Suppressions, known, dynamic));
        var ignore = IgnoreFile.Load(IgnoreFilePath(request, settings), ProjectConfigLoader.DisplayPath(IgnoreFilePath(request, settings)));
        problems.AddRange(ignore.Problems);
        var baseline = LoadBaseline(settings);
        problems.AddRange(baseline.Problems);
        if (problems.Count > 0)
        {
            return Created<ScanPlan>.Failed(problems);
        }

        return Created<ScanPlan>.Ok(new ScanPlan
        {
            Scanners = scanners,
            Limits = new ScanLimits(
                SettingChecks.ParseSize(settings.Get(ScanSettings.MaxFileSize.Key)!)!.Value,
                settings.Get(ScanSettings.Threads.Key) is { } threads ? int.Parse(threads, CultureInfo.InvariantCulture) : Environment.ProcessorCount),
            Exclusions = new PathFilter(settings.GetList(ScanSettings.Exclude.Key)),
            Policy = new PolicyInputs
            {
                Overrides = overrides,
                Suppressions = new SuppressionSet(ignore.Value!, project.Suppressions, request.Today),
                Baseline = baseline.Value!,
                FailOn = SeverityNames.TryParse(settings.Get(ScanSettings.FailOn.Key), out var failOn) ? failOn : null,
            },
            Settings = settings,
            ConfigPath = project.Path,
            EnabledRules = scanners.SelectMany(s => s.Rules).Where(r => IsEnabled(r, overrides))
                .Select(r => overrides.Severities.TryGetValue(r.Id, out var o) ? r with { Severity = o.Severity } : r)
                .ToList(),
        });
    }

    private static Created<ProjectConfig> LoadConfig(ScanRequest request, IReadOnlyList<IScannerModule> modules)
    {
        var infos = modules.Select(m => m.Info).ToList();
        if (request.ConfigPath is { } explicitPath)
        {
            var full = Path.GetFullPath(explicitPath, request.WorkingDirectory);
            return File.Exists(full)
                ? ProjectConfigLoader.Load(full, ScanSettings.All, infos)
                : Created<ProjectConfig>.Failed("--config", $"config file not found: {explicitPath}");
        }

        var atRoot = Path.Combine(Path.GetFullPath(request.Root, request.WorkingDirectory), ProjectConfigLoader.FileName);
        return File.Exists(atRoot) ? ProjectConfigLoader.Load(atRoot, ScanSettings.All, infos) : Created<ProjectConfig>.Ok(ProjectConfig.Empty);
    }

    private static List<IScannerModule> SelectModules(SettingValues settings, IReadOnlyList<IScannerModule> modules, List<ConfigProblem> problems)
    {
        var wanted = settings.GetList(ScanSettings.Scanners.Key).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (wanted.Count == 0)
        {
            return [.. modules];
        }

        foreach (var id in wanted.Where(id => modules.All(m => m.Info.Id != id)))
        {
            problems.Add(new ConfigProblem(settings.Where(ScanSettings.Scanners.Key), $"unknown scanner '{id}' (available: {string.Join(", ", modules.Select(m => m.Info.Id))})"));
        }

        return modules.Where(m => wanted.Contains(m.Info.Id)).ToList();
    }

    private static bool IsEnabled(RuleInfo rule, RuleOverrides overrides) =>
        !overrides.Disabled.ContainsKey(rule.Id) && (rule.EnabledByDefault || overrides.Enabled.ContainsKey(rule.Id));

    // Renamed rules keep their old ids as aliases; a config naming both the old and the new id keeps the first.
    private static RuleOverrides Canonical(RuleOverrides overrides, Dictionary<string, string> aliases)
    {
        Dictionary<string, T> Rename<T>(IReadOnlyDictionary<string, T> byId)
        {
            var renamed = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var (id, value) in byId)
            {
                renamed.TryAdd(aliases.GetValueOrDefault(id, id), value);
            }

            return renamed;
        }

        return new RuleOverrides { Disabled = Rename(overrides.Disabled), Enabled = Rename(overrides.Enabled), Severities = Rename(overrides.Severities) };
    }

    private static IEnumerable<ConfigProblem> UnknownRuleIds(RuleOverrides overrides, IReadOnlyList<ConfigSuppression> suppressions, HashSet<string> known, IReadOnlyList<System.Text.RegularExpressions.Regex> dynamic)
    {
        var named = overrides.Disabled.Concat(overrides.Enabled).Select(p => (Id: p.Key, Where: p.Value))
            .Concat(overrides.Severities.Select(p => (Id: p.Key, p.Value.Where)))
            .Concat(suppressions.Where(s => s.RuleId is not null).Select(s => (Id: s.RuleId!, Where: s.Source)));
        return named.Where(n => !known.Contains(n.Id) && !dynamic.Any(d => d.IsMatch(n.Id)))
            .Select(n => new ConfigProblem(n.Where, $"unknown rule id '{n.Id}'{Suggest(n.Id, known)}"));
    }

    private static string Suggest(string id, HashSet<string> known)
    {
        var close = known.Where(k => k.Contains(id.Split('/')[^1], StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).Take(3).ToList();
        return close.Count > 0 ? $" (did you mean {string.Join(" or ", close)}?)" : " (bulwark rules list shows every id)";
    }

    private static string IgnoreFilePath(ScanRequest request, SettingValues settings)
    {
        var value = settings.Get(ScanSettings.IgnoreFile.Key)!;
        if (settings.IsSet(ScanSettings.IgnoreFile.Key))
        {
            return settings.ResolvePath(ScanSettings.IgnoreFile.Key, value);
        }

        var root = Path.GetFullPath(request.Root, request.WorkingDirectory);
        return Path.Combine(Directory.Exists(root) ? root : Path.GetDirectoryName(root)!, value);
    }

    private static Created<IReadOnlySet<string>> LoadBaseline(SettingValues settings)
    {
        if (settings.Get(ScanSettings.Baseline.Key) is not { } baseline)
        {
            return Created<IReadOnlySet<string>>.Ok(new HashSet<string>());
        }

        var path = settings.ResolvePath(ScanSettings.Baseline.Key, baseline);
        return File.Exists(path)
            ? Baseline.Load(path, baseline)
            : Created<IReadOnlySet<string>>.Failed(settings.Where(ScanSettings.Baseline.Key), $"baseline report not found: {baseline}");
    }
}
