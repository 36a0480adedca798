using Bulwark.Scanners.Secrets.Loading;
using Bulwark.Scanners.Secrets.Verify;

namespace Bulwark.Scanners.Secrets.Tests;

public class BuiltInRuleTests
{
    private static SecretRuleSet Set => SecretRuleSet.BuiltIn.Value
        ?? throw new InvalidOperationException(string.Join("\n", SecretRuleSet.BuiltIn.Problems));

    public static TheoryData<string> RuleIds() => [.. Set.Rules.Select(r => r.Info.Id)];

    [Fact]
    public void The_built_in_rule_files_load_without_problems()
    {
        Assert.Empty(SecretRuleSet.BuiltIn.Problems);
    }

    [Fact]
    public void There_are_at_least_eighty_built_in_rules()
    {
        Assert.True(Set.Rules.Count >= 80, $"only {Set.Rules.Count} rules");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_passes_its_own_examples(string id)
    {
        var rule = Set.Rules.Single(r => r.Info.Id == id);
        Assert.Empty(RuleVerifier.VerifyRule(rule, Set.GlobalAllow).Select(p => p.ToString()));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_documents_itself_and_has_both_kinds_of_example(string id)
    {
        var rule = Set.Rules.Single(r => r.Info.Id == id);
        Assert.False(string.IsNullOrWhiteSpace(rule.Info.Description), "description");
        Assert.False(string.IsNullOrWhiteSpace(rule.Info.Remediation), "remediation");
        Assert.NotEmpty(rule.Info.References);
        Assert.NotEmpty(rule.MatchExamples);
        Assert.NotEmpty(rule.NoMatchExamples);
        Assert.NotEmpty(rule.Keywords);
    }

    [Fact]
    public void No_example_of_one_rule_is_reported_by_a_rule_of_another_kind_that_is_not_generic()
    {
        // A token example should be claimed by its own rule; a second specific rule claiming it means two
        // rules overlap and one leaked token would be reported twice.
        var scanner = new SecretsScanner(new Bulwark.Sdk.ScannerInfo("secrets", "t", "t"), Set, _ => true);
        var clashes = new List<string>();
        foreach (var rule in Set.Rules)
        {
            foreach (var example in rule.MatchExamples)
            {
                var others = RuleVerifier.Run(scanner, example).Select(f => f.RuleId).Where(r => r != rule.Info.Id).Distinct();
                clashes.AddRange(others.Where(o => !Set.Rules.Single(r => r.Info.Id == o).Generic).Select(o => $"{rule.Info.Id} example also matched by {o}"));
            }
        }

        Assert.Empty(clashes);
    }
}
