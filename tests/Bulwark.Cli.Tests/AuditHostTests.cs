using System.Diagnostics;

namespace Bulwark.Cli.Tests;

/// <summary>`bulwark audit host` end to end on root trees the tests build: report, gate, scores, remediation, bad input.</summary>
public sealed class AuditHostTests : IDisposable
{
    private const string Benchmark = """
        benchmark: tiny
        title: A tiny benchmark for the CLI tests
        applies-to: [tinyos]
        sections:
          "1": SSH
          "2": Kernel
        checks:
          - id: host/tiny-ssh-root-login
            title: SSH root login is disabled
            section: "1"
            level: 1
            severity: high
            rationale: Root is the account every attacker tries first.
            remediation: Set PermitRootLogin no in /etc/ssh/sshd_config.
            references: [CIS Debian 12 5.1.20]
            check: { file: /etc/ssh/sshd_config, syntax: sshd, key: PermitRootLogin, equals: "no" }
          - id: host/tiny-ip-forward
            title: IP forwarding is off
            section: "2"
            level: 1
            severity: medium
            rationale: A server that forwards packets can route an attacker into other networks.
            remediation: Set net.ipv4.ip_forward = 0 under /etc/sysctl.d.
            check: { sysctl: net.ipv4.ip_forward, equals: "0" }
          - id: host/tiny-telnet-absent
            title: The telnet client is not installed
            section: "2"
            level: 2
            severity: low
            rationale: Telnet sends everything in clear text.
            remediation: Remove the telnet package.
            check: { package: telnet, installed: false }
        """;

    private readonly TempProject _project = new();

    public AuditHostTests()
    {
        _project.Write("tiny.yaml", Benchmark);
        Root("weak", permitRoot: "yes", forward: "1", telnet: true);
        Root("hardened", permitRoot: "no", forward: "0", telnet: false);
    }

    public void Dispose() => _project.Dispose();

    [Fact]
    public void A_weak_tree_fails_with_evidence_checks_and_scores_and_a_hardened_one_passes()
    {
        var weak = Audit("weak", "--format", "json", "--level", "2");
        var hardened = Audit("hardened", "--format", "json", "--level", "2");

        Assert.True(weak.ExitCode == 1, weak.ToString());
        var findings = weak.Json().GetProperty("findings").EnumerateArray().ToList();
        var root = findings.Single(f => f.GetProperty("ruleId").GetString() == "host/tiny-ssh-root-login");
        Assert.Equal("/etc/ssh/sshd_config", root.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(2, root.GetProperty("location").GetProperty("startLine").GetInt32());
        Assert.Equal("found: PermitRootLogin yes; required: PermitRootLogin no", root.GetProperty("evidence").GetString());
        Assert.Equal(["host/tiny-ip-forward", "host/tiny-ssh-root-login", "host/tiny-telnet-absent"], findings.Select(f => f.GetProperty("ruleId").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(weak.Json().GetProperty("checks").EnumerateArray(), c => Assert.Equal("fail", c.GetProperty("status").GetString()));
        Assert.Contains(weak.Json().GetProperty("notes").EnumerateArray(), n => n.GetProperty("message").GetString() == "score 1 SSH: 0 of 1 passed (0 %)");

        Assert.True(hardened.ExitCode == 0, hardened.ToString());
        Assert.Empty(hardened.Json().GetProperty("findings").EnumerateArray());
        Assert.All(hardened.Json().GetProperty("checks").EnumerateArray(), c => Assert.Equal("pass", c.GetProperty("status").GetString()));
        Assert.Contains(hardened.Json().GetProperty("notes").EnumerateArray(), n => n.GetProperty("message").GetString()!.StartsWith("score overall (A tiny benchmark for the CLI tests): 3 of 3 passed (100 %)", StringComparison.Ordinal));
    }

    [Fact]
    public void Level_one_leaves_out_level_two_checks_and_a_disabled_check_is_not_run()
    {
        _project.Write("bulwark.yaml", "rules:\n  disable: [host/tiny-ip-forward]\n");

        var run = Audit("weak", "--format", "json");

        Assert.Equal(["host/tiny-ssh-root-login"], run.Json().GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }

    [Fact]
    public void Remediate_ansible_writes_a_playbook_that_ansible_accepts_and_shell_a_script()
    {
        var ansible = Audit("weak", "--level", "2", "--remediate", "ansible");
        var shell = Audit("weak", "--level", "2", "--remediate", "shell");

        Assert.True(ansible.ExitCode == 1, ansible.ToString());
        Assert.Contains("host/tiny-ssh-root-login", ansible.Output, StringComparison.Ordinal);
        Assert.Contains("ansible.posix.sysctl", ansible.Output, StringComparison.Ordinal);
        Assert.Contains("ansible.builtin.apt", ansible.Output, StringComparison.Ordinal);
        Assert.Contains("PermitRootLogin no", ansible.Output, StringComparison.Ordinal);
        Assert.StartsWith("#!/bin/sh", shell.Output, StringComparison.Ordinal);
        Assert.Contains("sysctl -w net.ipv4.ip_forward=0", shell.Output, StringComparison.Ordinal);
        Assert.Contains("apt-get -y purge telnet", shell.Output, StringComparison.Ordinal);

        File.WriteAllText(_project.Path("fix.yml"), ansible.Output);
        File.WriteAllText(_project.Path("fix.sh"), shell.Output);
        Assert.Equal(0, Run("sh", "-n", _project.Path("fix.sh")).ExitCode);
        var syntax = Run("ansible-playbook", "--syntax-check", "-i", "localhost,", _project.Path("fix.yml"));
        Assert.True(syntax.ExitCode == 0, syntax.Output);
    }

    [Fact]
    public void A_malformed_benchmark_or_a_missing_root_is_a_usage_error_naming_the_place()
    {
        _project.Write("bad.yaml", Benchmark.Replace("severity: medium", "severity: severe", StringComparison.Ordinal).Replace("equals: \"0\"", "equals: \"0\", extra: 1", StringComparison.Ordinal));

        var bad = CliRun.Of(_project.Root, "audit", "host", "--root", "weak", "--host-benchmarks", "bad.yaml", "--benchmark", "tiny");
        var missing = CliRun.Of(_project.Root, "audit", "host", "--root", "nowhere");

        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("bad.yaml:24", bad.Error, StringComparison.Ordinal);
        Assert.Contains("severity must be one of", bad.Error, StringComparison.Ordinal);
        Assert.Contains("unknown key 'extra'", bad.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("root filesystem not found", missing.Error, StringComparison.Ordinal);
    }

    private CliRun Audit(string root, params string[] args) =>
        CliRun.Of(_project.Root, ["audit", "host", "--root", root, "--host-benchmarks", "tiny.yaml", .. args]);

    private void Root(string name, string permitRoot, string forward, bool telnet)
    {
        _project.Write($"{name}/etc/os-release", "ID=tinyos\nVERSION_ID=\"1\"\n")
            .Write($"{name}/etc/ssh/sshd_config", $"# managed by hand\nPermitRootLogin {permitRoot}\nPermitRootLogin no\n")
            .Write($"{name}/etc/sysctl.d/50-net.conf", $"net.ipv4.ip_forward = {forward}\n")
            .Write($"{name}/var/lib/dpkg/status", "Package: bash\nStatus: install ok installed\nVersion: 5.2.15-2\n\n"
                + (telnet ? "Package: telnet\nStatus: install ok installed\nVersion: 0.17+2.4-2\n\n" : ""));
    }

    private static (int ExitCode, string Output) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        args.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
