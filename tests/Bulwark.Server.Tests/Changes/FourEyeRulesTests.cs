using Bulwark.Server.Changes;

namespace Bulwark.Server.Tests.Changes;

/// <summary>The <c>--four-eye</c> file: approvals per kind, a default for the rest, how long requests wait; never zero approvals.</summary>
public sealed class FourEyeRulesTests
{
    [Fact]
    public void Approvals_are_read_per_kind_with_a_default_for_the_rest()
    {
        var rules = FourEyeRules.Parse("""{"approvals": {"risk-acceptance": 2, "*": 3}, "expiresAfter": "12h"}""", "four-eye.json").Value!;

        Assert.Equal((2, 3, TimeSpan.FromHours(12)), (rules.ApprovalsFor("risk-acceptance"), rules.ApprovalsFor("deploy"), rules.ExpiresAfter));
        Assert.Equal((1, TimeSpan.FromDays(7)), (FourEyeRules.Default.ApprovalsFor("sla"), FourEyeRules.Default.ExpiresAfter));
    }

    [Theory]
    [InlineData("""{"approvals": {"deploy": 0}}""", "approvals.deploy: a whole number from 1 to 10 (the four-eye rule cannot be switched off)")]
    [InlineData("""{"approvals": {"*": -1}}""", "approvals.*: a whole number from 1 to 10")]
    [InlineData("""{"approvals": {"Deploy": 1}}""", "approvals.Deploy: a kind is lower-case letters")]
    [InlineData("""{"expiresAfter": "forever"}""", "expiresAfter: a duration such as 12h or 7d")]
    [InlineData("""{"approval": {}}""", "approval: unknown key")]
    [InlineData("""[1]""", "expected an object")]
    public void A_file_that_would_weaken_or_confuse_the_rule_is_refused(string json, string expected)
    {
        var loaded = FourEyeRules.Parse(json, "four-eye.json");

        Assert.Null(loaded.Value);
        Assert.Contains(loaded.Problems, p => p.ToString().StartsWith("four-eye.json: " + expected, StringComparison.Ordinal));
    }
}
