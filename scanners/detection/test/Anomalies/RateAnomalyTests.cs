using Bulwark.Scanners.Detection.Anomalies;
using Bulwark.Scanners.Detection.Engine;
using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Pipelines;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Detection.Tests.Anomalies;

/// <summary>Failed logins per source per minute against what that source (or any source) usually does.</summary>
public sealed class RateAnomalyTests : IDisposable
{
    private const string Rules = """
        anomalies:
          - id: ssh-failures-per-source
            title: More failed SSH logins from one address than usual
            level: high
            logsource: { product: linux, service: sshd }
            match: { event: ssh.failed }
            group-by: src_ip
            window: 1m
            learn: 30m
            factor: 4
            min-count: 10
        """;

    private static readonly DateTimeOffset Start = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Directory.CreateTempSubdirectory("bulwark-anomaly-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_burst_far_above_a_sources_usual_rate_alerts_once_and_the_usual_rate_does_not()
    {
        var engine = Engine(Rules);
        var results = new List<DetectionResult>();
        for (var minute = 0; minute < 40; minute++)
        {
            // Every minute: 3 failures from the office NAT (its usual), 1 from a scanner.
            results.AddRange(Failures(engine, minute, "10.0.0.1", 3));
            results.AddRange(Failures(engine, minute, "203.0.113.50", 1));
        }

        Assert.Empty(results);
        var burst = Failures(engine, 41, "203.0.113.50", 30).ToList();

        var hit = Assert.Single(burst);
        Assert.Equal("ssh-failures-per-source", hit.Id);
        Assert.Equal("src_ip=203.0.113.50", hit.Group);
        Assert.Equal(11, hit.Anomaly!.Count);
        Assert.InRange(hit.Anomaly.Usual, 0.5, 1.5);
    }

    [Fact]
    public void Nothing_alerts_while_learning_and_a_new_source_is_judged_against_all_sources()
    {
        var engine = Engine(Rules);

        var early = Failures(engine, 0, "198.51.100.1", 50).ToList();
        var quiet = Enumerable.Range(1, 35).SelectMany(m => Failures(engine, m, "10.0.0.1", 2)).ToList();
        var stranger = Failures(engine, 36, "198.51.100.99", 12).ToList();

        Assert.Empty(early);
        Assert.Empty(quiet);
        Assert.Equal(11, Assert.Single(stranger).Anomaly!.Count);
    }

    [Fact]
    public void What_was_learned_survives_a_restart_through_the_state_file()
    {
        var before = Engine(Rules);
        for (var minute = 0; minute < 40; minute++)
        {
            Failures(before, minute, "203.0.113.50", 1).ToList();
        }

        var state = Path.Combine(_directory, "state", "anomalies.json");
        Assert.Null(AnomalyState.Save(state, before.Anomalies));
        var restarted = Engine(Rules);
        var fresh = Engine(Rules);

        Assert.Empty(AnomalyState.Load(state, restarted.Anomalies));
        // Restarted, it knows the source's usual rate and is past learning; a fresh engine is still learning.
        Assert.Equal(11, Assert.Single(Failures(restarted, 41, "203.0.113.50", 30)).Anomaly!.Count);
        Assert.Empty(Failures(fresh, 41, "203.0.113.50", 30));
        Assert.False(File.Exists(state + ".tmp"));
    }

    [Fact]
    public void A_state_that_cannot_be_used_is_said_and_the_rules_learn_afresh()
    {
        var state = Path.Combine(_directory, "anomalies.json");
        var engine = Engine(Rules);
        Failures(engine, 0, "10.0.0.1", 3).ToList();
        AnomalyState.Save(state, engine.Anomalies);

        var otherWindow = Engine(Rules.Replace("window: 1m", "window: 5m", StringComparison.Ordinal));
        Assert.Equal([$"anomaly state {state}: rule ssh-failures-per-source changed its window, it learns afresh"], AnomalyState.Load(state, otherWindow.Anomalies));

        File.WriteAllText(state, "{\"version\": 1, \"rules\": [");
        var problem = Assert.Single(AnomalyState.Load(state, Engine(Rules).Anomalies));
        Assert.StartsWith($"anomaly state {state}: unreadable, rate rules learn afresh", problem);
        Assert.Empty(AnomalyState.Load(Path.Combine(_directory, "not-yet.json"), Engine(Rules).Anomalies));
    }

    [Fact]
    public void Mistakes_in_a_rate_rule_file_name_their_line()
    {
        var path = Path.Combine(_directory, "bad.yaml");
        File.WriteAllText(path, "anomalies:\n  - id: x\n    title: X\n    logsource: { product: linux }\n    window: often\n");

        var loaded = AnomalyLoader.Load([path]);

        Assert.Contains(loaded.Problems, p => p.ToString() == $"{path}:5: 'window' must be a duration such as 30s, 1m, 2h or 7d, not 'often'");
    }

    private DetectionEngine Engine(string yaml)
    {
        var path = Path.Combine(_directory, "rates.yaml");
        File.WriteAllText(path, yaml);
        var problems = new List<ConfigProblem>();
        var engine = new DetectionEngine([], [], PipelineLoader.BuiltIn(), problems, AnomalyLoader.Load([path]).Value);
        Assert.Empty(problems);
        return engine;
    }

    private static IEnumerable<DetectionResult> Failures(DetectionEngine engine, int minute, string ip, int count) =>
        Enumerable.Range(0, count).SelectMany(i => engine.Evaluate(new LogEvent
        {
            Source = "auth.log",
            Line = (minute * 100) + i + 1,
            Time = Start.AddMinutes(minute).AddSeconds(i % 60),
            Format = "authlog",
            Raw = $"sshd: Failed password for root from {ip}",
            Fields = new Dictionary<string, EventValue>
            {
                ["program"] = EventValue.Of("sshd"),
                ["event"] = EventValue.Of("ssh.failed"),
                ["src_ip"] = EventValue.Of(ip),
            },
        }));
}
