using Bulwark.Scanners.Host.Auditing;
using Bulwark.Scanners.Host.Benchmarks;
using Bulwark.Scanners.Host.Model;
using YamlDotNet.Serialization;

namespace Bulwark.Scanners.Host.Remediation;

/// <summary>The fix of every failed check of an audit, in benchmark order: the benchmark's own, or the one the check implies.</summary>
public static class RemediationPlan
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    /// <summary>Each failed check with its fix.</summary>
    public static IReadOnlyList<(CheckResult Result, Fix Fix)> For(Benchmark benchmark, IReadOnlyList<CheckResult> results) =>
        [.. results.Where(r => r.Outcome.Status == CheckStatus.Fail).Select(r => (r, FixOf(r, benchmark)))];

    private static Fix FixOf(CheckResult result, Benchmark benchmark)
    {
        if (result.Definition.Fix is not { } spelled)
        {
            return DerivedFix.For(result.Definition.Check, result.Outcome, benchmark);
        }

        var tasks = new List<FixTask>();
        foreach (var text in spelled.AnsibleTasks)
        {
            // A task as written: its one module key (plus keywords like loop) carried over as data.
            if (Yaml.Deserialize<Dictionary<string, object>>(text) is { Count: > 0 } task)
            {
                var module = task.Keys.First(k => k.Contains('.', StringComparison.Ordinal) || !TaskKeywords.Contains(k));
                var arguments = task[module] as Dictionary<object, object> ?? [];
                tasks.Add(new FixTask(module, arguments.ToDictionary(a => a.Key.ToString()!, a => a.Value, StringComparer.Ordinal),
                    task.Where(k => k.Key != module).ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal)));
            }
        }

        return new Fix(tasks, spelled.Shell, tasks.Count == 0 && spelled.Shell.Count == 0 ? "no mechanical fix: follow the remediation text" : null);
    }

    private static readonly HashSet<string> TaskKeywords = new(StringComparer.Ordinal)
    {
        "name", "tags", "when", "loop", "with_items", "become", "notify", "register", "vars", "changed_when", "failed_when", "ignore_errors",
    };
}
