using System.Globalization;
using Bulwark.Scanners.Detection.Anomalies;
using Bulwark.Scanners.Detection.Engine;
using Bulwark.Scanners.Detection.Pipelines;
using Bulwark.Scanners.Detection.Sigma.Compiling;
using Bulwark.Scanners.Detection.Sigma.Loading;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Detection;

/// <summary>The module's settings, read and checked: the rules loaded, compiled and bound, and the logs to read.</summary>
internal sealed record DetectionSettings(DetectionEngine Engine, int Correlations, IReadOnlyList<ConfigProblem> Refused, IReadOnlyList<string> Logs, string? LogFormat, int Threads, string? AnomalyStatePath)
{
    public static Created<DetectionSettings> Read(ISettingValues settings)
    {
        var ruleFiles = settings.GetList(DetectionModule.Rules.Key).Select(p => settings.ResolvePath(DetectionModule.Rules.Key, p)).ToList();
        if (ruleFiles.Count == 0 && settings.GetList(DetectionModule.Anomalies.Key).Count == 0)
        {
            return Created<DetectionSettings>.Failed(settings.Where(DetectionModule.Rules.Key), "no rules: give Sigma rule files or directories with --rules (or rate rules with --anomalies)");
        }

        var missing = ruleFiles.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            return Created<DetectionSettings>.Failed([.. missing.Select(m => new ConfigProblem(settings.Where(DetectionModule.Rules.Key), $"rule file or directory not found: {m}"))]);
        }

        var pipeline = PipelineLoader.Load(settings.GetList(DetectionModule.Pipelines.Key).Select(p => settings.ResolvePath(DetectionModule.Pipelines.Key, p)));
        if (!pipeline.Succeeded)
        {
            return Created<DetectionSettings>.Failed(pipeline.Problems);
        }

        var anomalies = AnomalyLoader.Load(settings.GetList(DetectionModule.Anomalies.Key).Select(p => settings.ResolvePath(DetectionModule.Anomalies.Key, p)));
        if (!anomalies.Succeeded)
        {
            return Created<DetectionSettings>.Failed(anomalies.Problems);
        }

        // A rule that cannot be run is refused with its reason and reported; the other rules still run.
        var loaded = SigmaLoader.Load(ruleFiles);
        var (compiled, compileProblems) = SigmaCompiler.CompileAll(loaded.Rules);
        var refused = new List<ConfigProblem>([.. loaded.Problems, .. compileProblems]);
        var engine = new DetectionEngine(compiled, loaded.Correlations, pipeline.Value!, refused, anomalies.Value);
        if (engine.RuleCount + engine.AnomalyCount == 0)
        {
            return Created<DetectionSettings>.Failed([.. refused, new ConfigProblem(settings.Where(DetectionModule.Rules.Key), "none of the rules can be run")]);
        }

        var logs = settings.GetList(DetectionModule.Logs.Key).Select(l => l == "-" ? l : settings.ResolvePath(DetectionModule.Logs.Key, l)).ToList();
        var threads = settings.Get(DetectionModule.Threads.Key) is { } given ? int.Parse(given, CultureInfo.InvariantCulture) : Environment.ProcessorCount;
        return Created<DetectionSettings>.Ok(new DetectionSettings(engine, loaded.Correlations.Count, refused, logs, settings.Get(DetectionModule.LogFormat.Key), threads,
            settings.Get(DetectionModule.AnomalyState.Key) is null ? null : settings.ResolvePath(DetectionModule.AnomalyState.Key, settings.Get(DetectionModule.AnomalyState.Key)!)));
    }
}
