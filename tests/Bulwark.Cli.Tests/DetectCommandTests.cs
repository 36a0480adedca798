using System.IO.Compression;

namespace Bulwark.Cli.Tests;

/// <summary>`bulwark detect` end to end: rules over logs, the JSON detections, refusals, bad input.</summary>
public sealed class DetectCommandTests : IDisposable
{
    private const string Rules = """
        title: Failed SSH password
        id: 9f0c1a2b-0000-4000-8000-000000000001
        name: ssh_failed
        status: test
        level: low
        logsource: { product: linux, service: sshd }
        detection:
          selection: { event: ssh.failed }
          condition: selection
        ---
        title: SSH password guessing from one address
        id: 9f0c1a2b-0000-4000-8000-000000000002
        status: test
        level: high
        correlation:
          type: event_count
          rules: [ssh_failed]
          group-by: [src_ip]
          timespan: 5m
          condition: { gte: 3 }
        """;

    private readonly TempProject _project = new();

    public DetectCommandTests()
    {
        _project.Write("rules/ssh.yml", Rules);
        _project.Write("logs/auth.log", string.Concat(Enumerable.Range(0, 4).Select(i =>
            $"Nov 22 10:00:0{i} web-1 sshd[{300 + i}]: Failed password for root from 203.0.113.9 port 5{i}000 ssh2\n"))
            + "Nov 22 10:00:09 web-1 sshd[400]: Accepted publickey for alice from 10.0.0.5 port 51000 ssh2: ED25519 SHA256:abc\n");
    }

    public void Dispose() => _project.Dispose();

    [Fact]
    public void Rate_rules_keep_what_they_learned_in_the_anomaly_state_file()
    {
        _project.Write("rates.yaml", """
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
            """);

        var first = CliRun.Of(_project.Root, "detect", "--anomalies", "rates.yaml", "--anomaly-state", "state/rates.json", "logs/auth.log", "--format", "json");
        _project.Write("state/rates.json", "not json");
        var damaged = CliRun.Of(_project.Root, "detect", "--anomalies", "rates.yaml", "--anomaly-state", "state/rates.json", "logs/auth.log", "--format", "json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, damaged.ExitCode);
        Assert.Contains("unreadable, rate rules learn afresh", damaged.Output + damaged.Error);
        var saved = File.ReadAllText(Path.Combine(_project.Root, "state", "rates.json"));
        Assert.Contains("\"ssh-failures-per-source\"", saved);
        Assert.Contains("\"name\":\"203.0.113.9\"", saved);
    }

    [Fact]
    public void A_correlation_over_auth_log_is_reported_with_its_group_and_the_events_that_made_it()
    {
        var run = CliRun.Of(_project.Root, "detect", "--rules", "rules", "logs/auth.log", "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        var detection = Assert.Single(run.Json().GetProperty("detections").EnumerateArray());
        Assert.Equal("SSH password guessing from one address", detection.GetProperty("title").GetString());
        Assert.Equal("src_ip=203.0.113.9", detection.GetProperty("group").GetString());
        Assert.Equal(1, detection.GetProperty("line").GetInt32());
        Assert.Equal([1, 2, 3], detection.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("line").GetInt32()));
        Assert.Equal("203.0.113.9", detection.GetProperty("events")[0].GetProperty("fields").GetProperty("src_ip").GetString());
    }

    [Fact]
    public void Compressed_logs_and_globs_are_read_like_plain_ones()
    {
        using (var gz = new GZipStream(File.Create(_project.Path("logs/auth.log.2.gz")), CompressionLevel.Fastest))
        {
            gz.Write(File.ReadAllBytes(_project.Path("logs/auth.log")));
        }

        var run = CliRun.Of(_project.Root, "detect", "--rules", "rules", "logs/auth.log*", "--format", "json", "--fail-on", "critical");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, run.Json().GetProperty("detections").GetArrayLength());
    }

    [Fact]
    public void A_refused_rule_is_a_warning_naming_its_line_and_the_other_rules_still_run()
    {
        _project.Write("rules/broken.yml", "title: Broken\nid: 9f0c1a2b-0000-4000-8000-000000000003\nlogsource: { product: linux, service: sshd }\ndetection:\n  selection: { user|nosuchmodifier: root }\n  condition: selection\n");

        var run = CliRun.Of(_project.Root, "detect", "--rules", "rules", "logs/auth.log", "--format", "json");

        var notes = run.Json().GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("message").GetString()!).ToList();
        Assert.Contains(notes, n => n.StartsWith("rule refused: ", StringComparison.Ordinal) && n.Contains("broken.yml:5", StringComparison.Ordinal));
        Assert.Equal(1, run.Json().GetProperty("detections").GetArrayLength());
    }

    [Fact]
    public void Without_rules_it_is_a_usage_error_and_a_missing_log_is_an_error_while_the_others_are_read()
    {
        var noRules = CliRun.Of(_project.Root, "detect", "logs/auth.log");
        var missing = CliRun.Of(_project.Root, "detect", "--rules", "rules", "logs/nope.log", "logs/auth.log", "--format", "json", "--fail-on", "critical");

        Assert.Equal(2, noRules.ExitCode);
        Assert.Contains("--rules", noRules.Error, StringComparison.Ordinal);
        Assert.Equal(3, missing.ExitCode);
        Assert.Contains("nope.log", missing.Json().GetProperty("errors")[0].GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, missing.Json().GetProperty("detections").GetArrayLength());
    }
}
