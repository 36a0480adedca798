using Bulwark.Scanners.Iac.Model;
using Bulwark.Scanners.Iac.Policy;
using Bulwark.Scanners.Iac.Verify;

namespace Bulwark.Scanners.Iac.Tests.Rules;

public class BuiltInRuleTests
{
    private static IReadOnlyList<IacRule> Rules => IacRuleSet.BuiltIn.Value
        ?? throw new InvalidOperationException(string.Join("\n", IacRuleSet.BuiltIn.Problems));

    public static TheoryData<string> RuleIds() => [.. Rules.Select(r => r.Info.Id)];

    [Fact]
    public void The_built_in_rule_files_load_without_problems()
    {
        Assert.Empty(IacRuleSet.BuiltIn.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void There_are_at_least_two_hundred_rules_and_every_platform_has_its_own()
    {
        Assert.True(Rules.Count >= 200, $"only {Rules.Count} rules");
        foreach (var platform in IacPlatform.All)
        {
            Assert.True(Rules.Count(r => r.Platform == platform) >= 15, $"{platform}: only {Rules.Count(r => r.Platform == platform)} rules");
        }
    }

    [Fact]
    public void Every_rule_id_is_unique_and_no_alias_shadows_another_rule()
    {
        Assert.Equal(Rules.Count, Rules.Select(r => r.Info.Id).Distinct().Count());
        Assert.All(Rules, r => Assert.DoesNotContain(r.Info.Aliases, a => Rules.Any(o => o.Info.Id == a)));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_passes_its_own_tests(string id)
    {
        var rule = Rules.Single(r => r.Info.Id == id);
        Assert.Empty(RuleTestRunner.VerifyRule(rule).Select(p => p.ToString()));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_documents_itself_and_names_the_same_check_in_a_peer_tool(string id)
    {
        var rule = Rules.Single(r => r.Info.Id == id);
        Assert.StartsWith("iac/", rule.Info.Id, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(rule.Info.Description), "description");
        Assert.False(string.IsNullOrWhiteSpace(rule.Info.Remediation), "remediation");
        Assert.NotEmpty(rule.Info.References);
        Assert.Contains(rule.Platform, IacPlatform.All);
    }
}
