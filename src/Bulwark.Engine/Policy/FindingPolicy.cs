using Bulwark.Engine.Scanning;
using Bulwark.Sdk;

namespace Bulwark.Engine.Policy;

/// <summary>
/// Turns what the scanners found into what the report says: severity overrides, one report per secret across
/// history, suppressions and baseline, a stable order, and the gate's verdict.
/// </summary>
public static class FindingPolicy
{
    /// <summary>The active findings, the suppressed ones, how many the baseline hid, and the gate.</summary>
    public static (IReadOnlyList<Finding> Active, IReadOnlyList<SuppressedFinding> Suppressed, int Baselined, GateResult Gate) Apply(ScanOutcome outcome, PolicyInputs inputs)
    {
        var findings = EarliestOrigins(outcome.Findings.Select(f => Override(f, inputs)).Where(f => !inputs.Overrides.Disabled.ContainsKey(f.RuleId)));
        var suppressed = outcome.InlineSuppressed.Select(s => s with { Finding = Override(s.Finding, inputs) }).ToList();
        var active = new List<Finding>();
        var baselined = 0;
        foreach (var finding in findings)
        {
            if (inputs.Suppressions.Find(finding) is { } suppression)
            {
                suppressed.Add(suppression);
            }
            else if (inputs.Baseline.Contains(finding.Fingerprint))
            {
                baselined++;
            }
            else
            {
                active.Add(finding);
            }
        }

        active.Sort(Compare);
        suppressed.Sort((a, b) => Compare(a.Finding, b.Finding));
        var failing = inputs.FailOn is { } threshold ? active.Count(f => f.Severity >= threshold) : 0;
        return (active, suppressed, baselined, new GateResult(inputs.FailOn, failing));
    }

    /// <summary>Most severe first, then path, line, column and rule, so reports are stable from run to run.</summary>
    public static int Compare(Finding a, Finding b)
    {
        var order = b.Severity.CompareTo(a.Severity);
        if (order == 0)
        {
            order = string.CompareOrdinal(a.Location.Path, b.Location.Path);
        }

        if (order == 0)
        {
            order = a.Location.StartLine.CompareTo(b.Location.StartLine);
        }

        if (order == 0)
        {
            order = (a.Location.StartColumn ?? 0).CompareTo(b.Location.StartColumn ?? 0);
        }

        return order != 0 ? order : string.CompareOrdinal(a.RuleId, b.RuleId);
    }

    private static Finding Override(Finding finding, PolicyInputs inputs) =>
        inputs.Overrides.Severities.TryGetValue(finding.RuleId, out var change) && change.Severity != finding.Severity
            ? finding with { Severity = change.Severity }
            : finding;

    // In history a secret is found again in every later version of its file; report it where it first
    // appeared: for each fingerprint and path, keep only the findings from the earliest origin.
    private static IEnumerable<Finding> EarliestOrigins(IEnumerable<Finding> findings)
    {
        foreach (var group in findings.GroupBy(f => (f.Fingerprint, f.Location.Path)))
        {
            var earliest = group.MinBy(f => (f.Location.Origin?.Date ?? DateTimeOffset.MinValue, f.Location.Origin?.Id ?? ""))!.Location.Origin;
            foreach (var finding in group.Where(f => f.Location.Origin?.Id == earliest?.Id))
            {
                yield return finding;
            }
        }
    }
}
