using static Bulwark.Scanners.Detection.Tests.Sigma.SigmaTestKit;

namespace Bulwark.Scanners.Detection.Tests.Sigma;

/// <summary>
/// A rule the engine cannot honour is refused with <c>file:line: rule ID: reason</c>, never silently changed or
/// skipped, and the other rules still load.
/// </summary>
public sealed class RefusalTests
{
    private const string Id = "rule 11111111-1111-4111-8111-111111111111";

    [Theory]
    [InlineData("CommandLine|contain: 'x'", "rules/test.yml:9: " + Id + ": unknown modifier 'contain' in 'CommandLine|contain'")]
    [InlineData("CommandLine|contains|contains: 'x'", "rules/test.yml:9: " + Id + ": modifier 'contains' appears twice")]
    [InlineData("CommandLine|contains|endswith: 'x'", "rules/test.yml:9: " + Id + ": 'CommandLine|contains|endswith': contains, startswith and endswith exclude each other")]
    [InlineData("CommandLine|i: 'x'", "rules/test.yml:9: " + Id + ": 'CommandLine|i': 'i' is a sub-modifier of 're'")]
    [InlineData("CommandLine|re|contains: 'x'", "rules/test.yml:9: " + Id + ": 'CommandLine|re|contains': 'contains' has no defined meaning together with 're'")]
    [InlineData("DestinationIp|cidr|gt: 'x'", "rules/test.yml:9: " + Id + ": 'DestinationIp|cidr|gt': 'cidr' and 'gt' cannot be combined")]
    [InlineData("CommandLine|utf16le: 'x'", "rules/test.yml:9: " + Id + ": 'CommandLine|utf16le': 'utf16le' only chooses the bytes base64 encodes")]
    [InlineData("CommandLine|contains|base64: 'x'", "rules/test.yml:9: " + Id + ": 'CommandLine|contains|base64': 'contains' must come after 'base64'")]
    [InlineData("CommandLine|base64: 'x*'", "rules/test.yml:9: " + Id + ": 'x*' has wildcards, and base64 cannot encode a wildcard")]
    [InlineData("Field|exists: maybe", "rules/test.yml:9: " + Id + ": 'exists' takes true or false, not 'maybe'")]
    [InlineData("Field|contains: null", "rules/test.yml:9: " + Id + ": null (the field is absent) cannot be used with modifiers ('|contains')")]
    [InlineData("Field: []", "rules/test.yml:9: " + Id + ": the list of values is empty")]
    [InlineData("'|cidr': '10.0.0.0/8'", "rules/test.yml:9: " + Id + ": a keyword search (no field name) cannot use '|cidr'")]
    public void A_detection_item_the_specification_does_not_define_is_refused_with_its_line(string item, string expected)
    {
        var problem = Assert.Single(Refusals($"""
            selection:
                {item}
            condition: selection
            """));

        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nested_map_as_a_value_is_refused()
    {
        var problem = Assert.Single(Refusals("""
            selection:
                Field:
                    inner: 'x'
            condition: selection
            """));

        Assert.Equal($"rules/test.yml:10: {Id}: the value of 'Field' must be a value or a list of values, not a mapping", problem);
    }

    [Fact]
    public void A_condition_naming_an_unknown_search_is_refused_with_the_condition_line()
    {
        var problem = Assert.Single(Refusals("""
            selection:
                Field: 'x'
            condition: selection and not filter
            """));

        Assert.Equal($"rules/test.yml:10: {Id}: condition 'selection and not filter': the condition refers to 'filter', which is not a search identifier of the rule (known: selection)", problem);
    }

    [Fact]
    public void An_aggregation_in_the_condition_is_refused_as_replaced_by_correlations()
    {
        var problems = Refusals("""
            selection:
                Field: 'x'
            timeframe: 5m
            condition: selection | count() by host > 5
            """);

        Assert.Contains(problems, p => p.Contains("'timeframe' belongs to the aggregations Sigma 2 removed", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("which Sigma 2 replaced with correlation rules", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_without_a_condition_title_or_logsource_is_refused()
    {
        var set = Load("""
            id: 22222222-2222-4222-8222-222222222222
            detection:
                selection:
                    Field: 'x'
            """);

        Assert.Empty(set.Rules);
        Assert.Equal(
        [
            "rules/test.yml:1: rule 22222222-2222-4222-8222-222222222222: missing required key 'logsource'",
            "rules/test.yml:1: rule 22222222-2222-4222-8222-222222222222: missing required key 'title'",
            "rules/test.yml:3: rule 22222222-2222-4222-8222-222222222222: the detection has no condition",
        ], set.Problems.Select(p => p.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_level_or_status_outside_the_specification_is_refused()
    {
        var set = Load(RuleText("""
            selection:
                Field: 'x'
            condition: selection
            """).Replace("level: medium", "level: severe", StringComparison.Ordinal));

        Assert.Equal("rules/test.yml:11: rule 11111111-1111-4111-8111-111111111111: level 'severe' is not one of informational, low, medium, high, critical", Assert.Single(set.Problems).ToString());
    }

    [Fact]
    public void A_refused_rule_does_not_stop_the_others_from_loading()
    {
        var good = RuleText("""
            selection:
                Field: 'x'
            condition: selection
            """, "33333333-3333-4333-8333-333333333333");
        var bad = RuleText("""
            selection:
                Field|nope: 'x'
            condition: selection
            """);

        var set = Bulwark.Scanners.Detection.Sigma.Loading.SigmaLoader.LoadTexts([("a/good.yml", good), ("a/bad.yml", bad)]);

        Assert.Equal("33333333-3333-4333-8333-333333333333", Assert.Single(set.Rules).Id);
        Assert.StartsWith("a/bad.yml:9: rule 11111111", Assert.Single(set.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_path_that_does_not_exist_is_a_problem_naming_it()
    {
        var set = Bulwark.Scanners.Detection.Sigma.Loading.SigmaLoader.Load(["/no/such/rules"]);

        Assert.Equal("/no/such/rules: no such rule file or directory", Assert.Single(set.Problems).ToString());
    }

    [Fact]
    public void Invalid_yaml_is_refused_with_its_line()
    {
        var set = Load("title: x\ndetection:\n  selection: [unclosed\n");

        Assert.Empty(set.Rules);
        Assert.StartsWith("rules/test.yml:", Assert.Single(set.Problems).ToString(), StringComparison.Ordinal);
        Assert.Contains("invalid YAML", Assert.Single(set.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_rule_with_the_same_id_is_refused()
    {
        var text = RuleText("""
            selection:
                Field: 'x'
            condition: selection
            """);

        var set = Bulwark.Scanners.Detection.Sigma.Loading.SigmaLoader.LoadTexts([("one.yml", text), ("two.yml", text)]);

        Assert.Single(set.Rules);
        Assert.Equal("two.yml:1: rule 11111111-1111-4111-8111-111111111111: id 11111111-1111-4111-8111-111111111111 is already used by the rule at one.yml:1", Assert.Single(set.Problems).ToString());
    }

    [Fact]
    public void A_sigma_filter_document_is_refused_as_unsupported()
    {
        var set = Load("""
            title: Filter out admin
            id: 44444444-4444-4444-8444-444444444444
            logsource:
                product: linux
            filter:
                rules:
                    - 11111111-1111-4111-8111-111111111111
                selection:
                    User: admin
                condition: not selection
            """);

        Assert.Equal("rules/test.yml:1: rule 44444444-4444-4444-8444-444444444444: Sigma filters (meta filters) are not supported; put the exclusion into the rules' conditions", Assert.Single(set.Problems).ToString());
    }
}
