using Bulwark.Scanners.Host.Auditing;
using Bulwark.Scanners.Host.Benchmarks;
using Bulwark.Scanners.Host.Model;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Host;

/// <summary>Turns check results into what reports carry: a finding per failure, a listed check per result, scores as notes.</summary>
public static class HostFindings
{
    /// <summary>The rule a check is, for rule lists, config overrides and SARIF.</summary>
    public static RuleInfo RuleOf(CheckDefinition check) => new()
    {
        Id = check.Id,
        Title = check.Title,
        Severity = check.Severity,
        Description = check.Rationale,
        Remediation = check.Remediation,
        References = check.References,
    };

    /// <summary>The finding for a failed check: at the evidence's file and line, saying what was found and what is required.</summary>
    public static Finding For(CheckResult result, string target)
    {
        var check = result.Definition;
        var evidence = result.Outcome.Evidence.FirstOrDefault();
        var path = evidence?.File ?? "/";
        var line = Math.Max(1, evidence?.Line ?? 1);
        var properties = new Dictionary<string, string>
        {
            ["section"] = check.Section,
            ["level"] = check.Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["status"] = "fail",
            ["check"] = check.Check.Describe(),
        };
        if (evidence is not null)
        {
            properties["found"] = evidence.Found;
            properties["required"] = evidence.Required;
        }

        return new Finding
        {
            Scanner = HostModule.Id,
            RuleId = check.Id,
            Severity = check.Severity,
            Title = check.Title,
            Message = result.Outcome.Message,
            Location = new Location(path, line, line),
            Fingerprint = Fingerprints.Of(HostModule.Id, check.Id, target, path),
            Evidence = evidence is null ? null : $"found: {evidence.Found}; required: {evidence.Required}",
            References = check.References,
            Remediation = check.Remediation,
            Properties = properties,
        };
    }

    /// <summary>The listed check for any result.</summary>
    public static ReportCheck Listed(CheckResult result, Benchmark benchmark) => new()
    {
        Scanner = HostModule.Id,
        Id = result.Definition.Id,
        Title = result.Definition.Title,
        Section = $"{result.Definition.Section} {benchmark.Sections.FirstOrDefault(s => s.Key == result.Definition.Section).Value}".Trim(),
        Status = result.Outcome.Status switch
        {
            CheckStatus.Pass => "pass",
            CheckStatus.Fail => "fail",
            CheckStatus.NotApplicable => "not-applicable",
            _ => "error",
        },
        Message = result.Outcome.Message,
        Severity = result.Definition.Severity,
    };

    /// <summary>A score as a note: <c>5.1 SSH server: 18 of 20 passed (90 %), 2 not applicable</c>.</summary>
    public static ScanNote Note(SectionScore score)
    {
        var name = score.Section.Length == 0 ? $"overall ({score.Title})" : $"{score.Section} {score.Title}";
        var extra = (score.NotApplicable > 0 ? $", {score.NotApplicable} not applicable" : "") + (score.Errors > 0 ? $", {score.Errors} could not be decided" : "");
        return new ScanNote(HostModule.Id, $"score {name}: {score.Passed} of {score.Passed + score.Failed} passed ({score.Percent:0} %){extra}");
    }
}
