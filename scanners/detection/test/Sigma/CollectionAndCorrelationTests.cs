using Bulwark.Scanners.Detection.Sigma.Model;
using static Bulwark.Scanners.Detection.Tests.Sigma.SigmaTestKit;

namespace Bulwark.Scanners.Detection.Tests.Sigma;

/// <summary>Files with several documents: rule collections (action: global/reset/repeat) and correlation rules.</summary>
public sealed class CollectionAndCorrelationTests
{
    [Fact]
    public void A_global_document_is_merged_into_every_later_rule()
    {
        var set = Load("""
            action: global
            title: Shared title
            logsource:
                product: linux
            detection:
                condition: selection
            level: high
            ---
            id: aaaaaaaa-0000-4000-8000-000000000001
            logsource:
                service: auditd
            detection:
                selection:
                    type: 'EXECVE'
            ---
            id: aaaaaaaa-0000-4000-8000-000000000002
            title: Own title
            detection:
                selection:
                    type: 'PATH'
            """);

        Assert.Empty(set.Problems);
        Assert.Collection(set.Rules,
            first =>
            {
                Assert.Equal("Shared title", first.Title);
                Assert.Equal(new SigmaLogSource("linux", null, "auditd"), first.LogSource);
                Assert.Equal("high", first.Level);
                Assert.Equal("rules/test.yml:9", first.Where);
            },
            second => Assert.Equal("Own title", second.Title));
    }

    [Fact]
    public void Reset_forgets_the_global_document_and_repeat_remakes_the_previous_rule_with_changes()
    {
        var set = Load("""
            action: global
            title: From global
            ---
            id: bbbbbbbb-0000-4000-8000-000000000001
            logsource:
                product: linux
            detection:
                selection:
                    type: 'EXECVE'
                condition: selection
            ---
            action: repeat
            id: bbbbbbbb-0000-4000-8000-000000000002
            detection:
                selection:
                    type: 'SYSCALL'
            ---
            action: reset
            ---
            id: bbbbbbbb-0000-4000-8000-000000000003
            logsource:
                product: linux
            detection:
                selection:
                    type: 'PATH'
                condition: selection
            """);

        Assert.Equal(["bbbbbbbb-0000-4000-8000-000000000001", "bbbbbbbb-0000-4000-8000-000000000002"], set.Rules.Select(r => r.Id));
        Assert.Equal("From global", set.Rules[1].Title);
        Assert.Equal("rules/test.yml:20: rule bbbbbbbb-0000-4000-8000-000000000003: missing required key 'title'", Assert.Single(set.Problems).ToString());
    }

    [Fact]
    public void A_problem_in_a_merged_part_is_reported_at_the_rule_document()
    {
        var set = Load("""
            action: global
            title: Shared
            logsource:
                product: linux
            detection:
                selection:
                    a: '1'
            ---
            id: ffffffff-0000-4000-8000-000000000001
            detection:
                other:
                    b: '2'
            """);

        Assert.Equal("rules/test.yml:9: rule ffffffff-0000-4000-8000-000000000001: the detection has no condition", Assert.Single(set.Problems).ToString());
    }

    [Fact]
    public void A_correlation_rule_is_read_into_its_model_beside_the_rules_it_names()
    {
        var set = Load("""
            title: Failed login
            id: cccccccc-0000-4000-8000-000000000001
            name: failed_login
            logsource:
                product: linux
                service: sshd
            detection:
                keywords:
                    - 'Failed password'
                condition: keywords
            ---
            title: Many failed logins from one host
            id: cccccccc-0000-4000-8000-000000000002
            correlation:
                type: value_count
                rules:
                    - failed_login
                group-by:
                    - SourceIp
                timespan: 90m
                condition:
                    gt: 10
                    lte: 100
                    field: User
            level: high
            """);

        Assert.Empty(set.Problems);
        var correlation = Assert.Single(set.Correlations);
        Assert.Equal(CorrelationType.ValueCount, correlation.Type);
        Assert.Equal(["failed_login"], correlation.Rules);
        Assert.Equal(["SourceIp"], correlation.GroupBy);
        Assert.Equal(TimeSpan.FromMinutes(90), correlation.Timespan);
        Assert.Equal(["User"], correlation.Condition.Fields);
        Assert.True(correlation.Condition.Holds(11));
        Assert.False(correlation.Condition.Holds(10));
        Assert.False(correlation.Condition.Holds(101));
        Assert.Equal("high", correlation.Level);
    }

    [Fact]
    public void A_temporal_correlation_may_state_its_condition_as_an_expression_over_its_rules()
    {
        var set = Load(RuleText("""
            selection:
                a: '1'
            condition: selection
            """) + """

            ---
            title: Recon burst
            correlation:
                type: temporal_ordered
                rules:
                    - 11111111-1111-4111-8111-111111111111
                group-by:
                    - Host
                timespan: 5m
                condition: 11111111-1111-4111-8111-111111111111
                aliases:
                    host:
                        11111111-1111-4111-8111-111111111111: hostname
            """);

        Assert.Empty(set.Problems);
        var correlation = Assert.Single(set.Correlations);
        Assert.Equal(CorrelationType.TemporalOrdered, correlation.Type);
        Assert.NotNull(correlation.Condition.Expression);
        Assert.Equal("hostname", correlation.Aliases["host"]["11111111-1111-4111-8111-111111111111"]);
    }

    [Theory]
    [InlineData("type: event_total", "correlation type 'event_total' is not one of")]
    [InlineData("timespan: 1y", "timespan '1y' must be a number and a unit")]
    [InlineData("condition: {gte: many}", "'gte' must be a whole number")]
    [InlineData("condition: {between: 3}", "unknown correlation condition 'between'")]
    [InlineData("groupby: [Host]", "unknown key 'groupby'")]
    public void A_correlation_with_a_mistake_is_refused_with_the_reason(string change, string reason)
    {
        var lines = new Dictionary<string, string>
        {
            ["type"] = "type: event_count",
            ["timespan"] = "timespan: 1h",
            ["condition"] = "condition: {gte: 5}",
            ["groupby"] = "group-by: [Host]",
        };
        lines[change.Split(':')[0]] = change;
        var set = Load(RuleText("""
            selection:
                a: '1'
            condition: selection
            """) + $"""

            ---
            title: Burst
            id: dddddddd-0000-4000-8000-000000000001
            correlation:
                rules: [11111111-1111-4111-8111-111111111111]
                {string.Join("\n    ", lines.Values)}
            """);

        Assert.Empty(set.Correlations);
        Assert.Contains(set.Problems, p => p.Message.StartsWith("correlation dddddddd-0000-4000-8000-000000000001: ", StringComparison.Ordinal) && p.Message.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_correlation_naming_a_rule_that_did_not_load_is_refused()
    {
        var set = Load("""
            title: Burst
            id: eeeeeeee-0000-4000-8000-000000000001
            correlation:
                type: event_count
                rules:
                    - no_such_rule
                timespan: 1h
                condition:
                    gte: 5
            """);

        Assert.Equal("rules/test.yml:1: correlation eeeeeeee-0000-4000-8000-000000000001: refers to no_such_rule, which no loaded rule has as id or name", Assert.Single(set.Problems).ToString());
    }
}
