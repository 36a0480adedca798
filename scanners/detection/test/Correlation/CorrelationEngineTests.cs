using Bulwark.Scanners.Detection.Correlation;
using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Sigma.Model;

namespace Bulwark.Scanners.Detection.Tests.Correlation;

/// <summary>Correlation windows, group-by and the four correlation types, fed matches as a log would.</summary>
public sealed class CorrelationEngineTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Event_count_fires_once_the_threshold_is_reached_within_the_span_per_group_and_then_starts_afresh()
    {
        var engine = new CorrelationEngine([Correlation(CorrelationType.EventCount, ["ssh_failed"], ["src_ip"], new CorrelationBound(CorrelationOperator.Gte, 5))]);

        var hits = new List<CorrelationHit>();
        for (var i = 0; i < 4; i++)
        {
            hits.AddRange(engine.Add(Match("ssh_failed", i * 5, ("src_ip", "203.0.113.9"), ("user", "root"))));
            hits.AddRange(engine.Add(Match("ssh_failed", i * 5 + 1, ("src_ip", "198.51.100.2"), ("user", "admin"))));
        }

        Assert.Empty(hits);
        var fifth = engine.Add(Match("ssh_failed", 30, ("src_ip", "203.0.113.9"), ("user", "oracle")));
        var sixth = engine.Add(Match("ssh_failed", 31, ("src_ip", "203.0.113.9"), ("user", "oracle")));

        var hit = Assert.Single(fifth);
        Assert.Equal("src_ip=203.0.113.9", hit.GroupText);
        Assert.Equal(5, hit.Count);
        Assert.Equal(5, hit.Events.Count);
        Assert.Empty(sixth);
    }

    [Fact]
    public void Matches_older_than_the_span_do_not_count()
    {
        var engine = new CorrelationEngine([Correlation(CorrelationType.EventCount, ["ssh_failed"], [], new CorrelationBound(CorrelationOperator.Gte, 3))]);

        var hits = new[] { 0, 50, 70, 130 }.SelectMany(s => engine.Add(Match("ssh_failed", s))).ToList();

        Assert.Empty(hits);
        Assert.Empty(engine.Add(Match("ssh_failed", 131)));
        Assert.Equal(3, Assert.Single(engine.Add(Match("ssh_failed", 132))).Count);
    }

    [Fact]
    public void Value_count_counts_distinct_values_of_the_field_per_group()
    {
        var engine = new CorrelationEngine([Correlation(CorrelationType.ValueCount, ["ssh_failed"], ["src_ip"], new CorrelationBound(CorrelationOperator.Gte, 3)) with
        {
            Condition = new CorrelationCondition([new CorrelationBound(CorrelationOperator.Gte, 3)], ["user"]),
        }]);

        var same = Enumerable.Range(0, 10).SelectMany(i => engine.Add(Match("ssh_failed", i, ("src_ip", "203.0.113.9"), ("user", "root")))).ToList();
        var spray = new[] { "admin", "oracle" }.SelectMany((u, i) => engine.Add(Match("ssh_failed", 20 + i, ("src_ip", "203.0.113.9"), ("user", u)))).ToList();

        Assert.Empty(same);
        Assert.Equal(3, Assert.Single(spray).Count);
    }

    [Fact]
    public void Temporal_needs_every_rule_within_the_span_in_any_order()
    {
        var engine = new CorrelationEngine([Correlation(CorrelationType.Temporal, ["new_user", "sudo_by_new_user"], ["user"])]);

        Assert.Empty(engine.Add(Match("sudo_by_new_user", 0, ("user", "mallory"))));
        Assert.Empty(engine.Add(Match("new_user", 10, ("user", "bob"))));
        Assert.Single(engine.Add(Match("new_user", 20, ("user", "mallory"))));
    }

    [Fact]
    public void Temporal_ordered_needs_the_rules_in_the_order_they_are_listed()
    {
        var engine = new CorrelationEngine([Correlation(CorrelationType.TemporalOrdered, ["download", "execute"], ["host"])]);

        Assert.Empty(engine.Add(Match("execute", 0, ("host", "web-1"))));
        Assert.Empty(engine.Add(Match("download", 5, ("host", "web-1"))));
        Assert.Single(engine.Add(Match("execute", 9, ("host", "web-1"))));
    }

    [Fact]
    public void An_alias_reads_the_group_from_a_differently_named_field_per_rule_and_events_without_it_join_no_group()
    {
        var correlation = Correlation(CorrelationType.Temporal, ["login", "sudo"], ["account"]) with
        {
            Aliases = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["account"] = new Dictionary<string, string> { ["login"] = "user", ["sudo"] = "SUDO_USER" },
            },
        };
        var engine = new CorrelationEngine([correlation]);

        Assert.Empty(engine.Add(Match("login", 0, ("user", "alice"))));
        Assert.Empty(engine.Add(Match("sudo", 1)));
        var hit = Assert.Single(engine.Add(Match("sudo", 2, ("SUDO_USER", "alice"))));
        Assert.Equal("account=alice", hit.GroupText);
    }

    [Fact]
    public void A_temporal_condition_over_the_rules_is_evaluated_within_the_span()
    {
        var loaded = Bulwark.Scanners.Detection.Sigma.Loading.SigmaLoader.LoadTexts([("c.yml", """
            title: Login
            name: login
            logsource: { product: linux, service: sshd }
            detection: { keywords: [Accepted], condition: keywords }
            ---
            title: Second factor
            name: mfa
            logsource: { product: linux, service: sshd }
            detection: { keywords: [mfa ok], condition: keywords }
            ---
            title: Login without a second factor
            correlation:
              type: temporal
              rules: [login, mfa]
              group-by: [user]
              timespan: 1m
              condition: login and not mfa
            """)]);
        Assert.Empty(loaded.Problems);
        var engine = new CorrelationEngine(loaded.Correlations);

        Assert.Empty(engine.Add(Match("mfa", 0, ("user", "alice"))));
        Assert.Empty(engine.Add(Match("login", 1, ("user", "alice"))));
        Assert.Single(engine.Add(Match("login", 2, ("user", "mallory"))));
    }

    private static SigmaCorrelation Correlation(CorrelationType type, string[] rules, string[] groupBy, params CorrelationBound[] bounds) => new()
    {
        Title = type.ToString(),
        Id = type.ToString(),
        Type = type,
        Rules = rules,
        GroupBy = groupBy,
        Timespan = TimeSpan.FromMinutes(1),
        Condition = new CorrelationCondition(bounds, []),
        Where = "test.yml:1",
    };

    private static RuleMatch Match(string rule, int seconds, params (string Name, string Value)[] fields)
    {
        var values = fields.ToDictionary(f => f.Name, f => EventValue.Of(f.Value));
        var logEvent = new LogEvent { Source = "auth.log", Line = seconds + 1, Time = Start.AddSeconds(seconds), Format = "authlog", Raw = rule, Fields = values };
        return new RuleMatch(rule, rule, logEvent, name => values.GetValueOrDefault(name));
    }
}
