using Bulwark.Scanners.Iac.Policy;
using Bulwark.Scanners.Iac.Scanning;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Iac.Verify;

/// <summary>
/// Runs each rule's own tests through the same pipeline a scan uses, with only that rule: the lines it reports
/// must be exactly the expected ones. A rule must have a positive and a negative test.
/// </summary>
public static class RuleTestRunner
{
    /// <summary>Every problem of every rule.</summary>
    public static IReadOnlyList<ConfigProblem> Verify(IReadOnlyList<IacRule> rules) => rules.SelectMany(VerifyRule).ToList();

    /// <summary>The problems of one rule.</summary>
    public static IEnumerable<ConfigProblem> VerifyRule(IacRule rule)
    {
        if (!rule.Tests.Any(t => t.ExpectedLines.Count > 0) || !rule.Tests.Any(t => t.ExpectedLines.Count == 0))
        {
            yield return new ConfigProblem(rule.Source, $"{rule.Info.Id}: needs at least one test that reports (expect: [lines]) and one that does not (expect: [])");
        }

        foreach (var test in rule.Tests)
        {
            var lines = Run(rule, test);
            if (!lines.SequenceEqual(test.ExpectedLines))
            {
                yield return new ConfigProblem(test.Source, $"{rule.Info.Id}: test '{test.Name}' expected findings on lines [{string.Join(", ", test.ExpectedLines)}] but got [{string.Join(", ", lines)}]");
            }
        }
    }

    /// <summary>The first lines of the rule's findings on the test's files, in order.</summary>
    public static IReadOnlyList<int> Run(IacRule rule, RuleTest test)
    {
        var inputs = test.Files.Select(f => new IacInput(f.Key, f.Value)).ToList();
        var documents = IacPipeline.Load(inputs);
        var (findings, _) = IacPipeline.Evaluate(documents, new RuleEvaluator([rule]), path => test.Files.GetValueOrDefault(path), _ => null);
        return findings.Where(f => f.RuleId == rule.Info.Id).Select(f => f.Location.StartLine).Order().ToList();
    }
}
