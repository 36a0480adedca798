using Bulwark.Engine.Policy;
using Bulwark.Engine.Scanning;
using Bulwark.Sdk;

namespace Bulwark.Engine.Planning;

/// <summary>Runs a plan against a source and assembles the report every reporter receives.</summary>
public static class ScanExecution
{
    /// <summary>The version of Bulwark, from the assembly.</summary>
    public static string ToolVersion { get; } =
        typeof(ScanExecution).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";

    /// <summary>Scans <paramref name="source"/> with <paramref name="plan"/>.</summary>
    public static async Task<ScanReport> RunAsync(ScanPlan plan, IFileSource source, ScanProgress progress, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcome = await new ScanRunner(plan.Scanners, plan.Limits, plan.Exclusions).RunAsync(source, progress, cancellationToken).ConfigureAwait(false);
        var (active, suppressed, baselined, gate) = FindingPolicy.Apply(outcome, plan.Policy);
        return new ScanReport
        {
            ToolVersion = ToolVersion,
            Target = source.Description,
            StartedAt = started,
            Duration = clock.Elapsed,
            Scanners = plan.Scanners.Select(s => s.Info).ToList(),
            Rules = [.. plan.EnabledRules, .. RulesOfFindings(plan.EnabledRules, active, suppressed)],
            Findings = active,
            Suppressed = suppressed,
            ExpiredSuppressions = plan.Policy.Suppressions.Expired,
            Errors = outcome.Errors,
            Notes = outcome.Notes,
            Components = outcome.Components,
            Checks = outcome.Checks,
            Statistics = outcome.Statistics with { Baselined = baselined },
            Gate = gate,
        };
    }

    // Scanners whose rules are data they look up during the scan (advisories) report findings under rule ids no
    // catalogue lists; reports that index rules (SARIF) get one entry per such id, described by its findings.
    private static IEnumerable<RuleInfo> RulesOfFindings(IReadOnlyList<RuleInfo> known, IReadOnlyList<Finding> findings, IReadOnlyList<SuppressedFinding> suppressed)
    {
        var ids = known.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return findings.Concat(suppressed.Select(s => s.Finding))
            .Where(f => !ids.Contains(f.RuleId))
            .GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First())
            .Select(f => new RuleInfo { Id = f.RuleId, Title = f.Title, Description = f.Title, Severity = f.Severity, Remediation = f.Remediation, References = f.References });
    }
}
