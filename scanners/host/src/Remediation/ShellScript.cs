using Bulwark.Scanners.Host.Auditing;
using Bulwark.Scanners.Host.Benchmarks;

namespace Bulwark.Scanners.Host.Remediation;

/// <summary><c>--remediate shell</c>: the same fixes as a POSIX shell script, one commented block per failed check, stopping at the first error.</summary>
public static class ShellScript
{
    /// <summary>The script text.</summary>
    public static string Write(Benchmark benchmark, IReadOnlyList<(CheckResult Result, Fix Fix)> plan, string target)
    {
        var text = new System.Text.StringBuilder();
        text.Append("#!/bin/sh\n");
        text.Append($"# Written by bulwark audit host for {target} ({benchmark.Name}): {plan.Count} failed checks.\n");
        text.Append("# Read every block before running it as root.\nset -eu\n");
        foreach (var (result, fix) in plan)
        {
            text.Append($"\n# {result.Definition.Id}: {result.Definition.Title}\n");
            if (fix.Shell.Count == 0)
            {
                text.Append($"# {fix.Manual ?? "no mechanical fix"}: {result.Definition.Remediation.ReplaceLineEndings(" ")}\n");
                continue;
            }

            foreach (var line in fix.Shell)
            {
                text.Append(line).Append('\n');
            }
        }

        return text.ToString();
    }
}
