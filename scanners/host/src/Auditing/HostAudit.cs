using Bulwark.Scanners.Host.Benchmarks;
using Bulwark.Scanners.Host.Checks;
using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Auditing;

/// <summary>Runs a benchmark's checks against a system, in parallel, and scores them by section.</summary>
public static class HostAudit
{
    /// <summary>Every check of <paramref name="benchmark"/> up to <paramref name="level"/> that <paramref name="isEnabled"/> keeps, in benchmark order.</summary>
    public static IReadOnlyList<CheckResult> Run(Benchmark benchmark, int level, CheckContext context, Func<CheckDefinition, bool> isEnabled, CancellationToken cancellationToken)
    {
        var checks = benchmark.Checks.Where(c => c.Level <= level && isEnabled(c)).ToList();
        var results = new CheckResult[checks.Count];
        Parallel.For(0, checks.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var check = checks[i];
            results[i] = new CheckResult(check, Evaluate(check, context));
        });
        return results;
    }

    /// <summary>The score of each section that has checks, in the benchmark's order, then the overall score (section "").</summary>
    public static IReadOnlyList<SectionScore> Score(Benchmark benchmark, IReadOnlyList<CheckResult> results)
    {
        var scores = new List<SectionScore>();
        foreach (var (section, title) in benchmark.Sections)
        {
            var inSection = results.Where(r => r.Definition.Section == section).ToList();
            if (inSection.Count > 0)
            {
                scores.Add(Count(section, title, inSection));
            }
        }

        scores.Add(Count("", benchmark.Title, results));
        return scores;
    }

    private static CheckOutcome Evaluate(CheckDefinition check, CheckContext context)
    {
        if (check.LiveOnly && !context.Files.IsLive)
        {
            return CheckOutcome.NotApplicable("this check reads live state; a root tree has none");
        }

        try
        {
            return check.Check.Evaluate(context);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException or ArgumentException)
        {
            return CheckOutcome.Errored($"{e.GetType().Name}: {e.Message}");
        }
    }

    private static SectionScore Count(string section, string title, IReadOnlyList<CheckResult> results) => new(section, title,
        results.Count(r => r.Outcome.Status == CheckStatus.Pass),
        results.Count(r => r.Outcome.Status == CheckStatus.Fail),
        results.Count(r => r.Outcome.Status == CheckStatus.NotApplicable),
        results.Count(r => r.Outcome.Status == CheckStatus.Error));
}
