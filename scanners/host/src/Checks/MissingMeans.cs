using Bulwark.Rules;
using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Checks;

/// <summary>What a check's <c>when-missing</c> says a missing file, package or setting means.</summary>
public static class MissingMeans
{
    /// <summary>Reads <c>when-missing</c> (fail, pass, not-applicable), or <paramref name="fallback"/> when absent.</summary>
    public static CheckStatus Read(YamlMap map, CheckStatus fallback)
    {
        var text = map.Text("when-missing");
        switch (text)
        {
            case null:
                return fallback;
            case "fail":
                return CheckStatus.Fail;
            case "pass":
                return CheckStatus.Pass;
            case "not-applicable":
                return CheckStatus.NotApplicable;
            default:
                map.Problems.Add(new Sdk.ConfigProblem(map.Where("when-missing"), $"when-missing must be fail, pass or not-applicable, not '{text}'"));
                return fallback;
        }
    }

    /// <summary>The outcome a missing thing gets under <paramref name="status"/>.</summary>
    public static CheckOutcome Outcome(CheckStatus status, string what, Evidence evidence) => status switch
    {
        CheckStatus.Pass => CheckOutcome.Passed(what, evidence),
        CheckStatus.NotApplicable => CheckOutcome.NotApplicable(what),
        _ => CheckOutcome.Failed(what, evidence),
    };
}
