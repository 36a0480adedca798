using System.Diagnostics;
using Bulwark.Scanners.Host.Auditing;
using Bulwark.Scanners.Host.Benchmarks;
using Bulwark.Scanners.Host.Checks;
using Bulwark.Scanners.Host.Model;
using Bulwark.Scanners.Host.Remediation;
using Bulwark.Scanners.Host.Tests.Benchmarks;

namespace Bulwark.Scanners.Host.Tests.Remediation;

/// <summary>The fixes of a real audit: the weak fixture trees' playbooks and scripts, checked by Ansible and sh themselves.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class RemediationTests
{
    public static TheoryData<string, string> Fixtures => new() { { "debian-12", "Debian" }, { "rhel-9", "Rhel" } };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void The_playbook_for_a_weak_tree_passes_ansibles_syntax_check_with_one_tagged_task_group_per_fixable_failure(string name, string fixture)
    {
        using var tree = FixtureTree.Build(fixture, hardened: false);
        var benchmark = BenchmarkLoader.LoadBuiltIn().Value!.Single(b => b.Name == name);
        var results = HostAudit.Run(benchmark, 2, new CheckContext(tree.Files, []), _ => true, CancellationToken.None);
        var plan = RemediationPlan.For(benchmark, results);

        var playbook = AnsiblePlaybook.Write(benchmark, plan, tree.Root);
        var script = ShellScript.Write(benchmark, plan, tree.Root);

        Assert.Equal(results.Count(r => r.Outcome.Status == CheckStatus.Fail), plan.Count);
        Assert.True(plan.Count(p => p.Fix.Tasks.Count > 0) >= plan.Count / 2, $"only {plan.Count(p => p.Fix.Tasks.Count > 0)} of {plan.Count} failures have a fix");
        foreach (var (result, fix) in plan.Where(p => p.Fix.Tasks.Count > 0))
        {
            Assert.Contains($"- {result.Definition.Id}\n", playbook, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(results.Where(r => r.Outcome.Status == CheckStatus.Pass), r => playbook.Contains($"- {r.Definition.Id}\n", StringComparison.Ordinal));
        var file = Path.Combine(tree.Root, "fix.yml");
        File.WriteAllText(file, playbook);
        File.WriteAllText(file + ".sh", script);
        var syntax = Run("ansible-playbook", "--syntax-check", "-i", "localhost,", file);
        Assert.True(syntax.ExitCode == 0, syntax.Output + "\n" + playbook);
        var shell = Run("sh", "-n", file + ".sh");
        Assert.True(shell.ExitCode == 0, shell.Output);
    }

    [Fact]
    public void A_derived_fix_writes_the_value_where_the_program_reads_it_first()
    {
        var benchmark = BenchmarkLoader.Load([("t.yaml", """
            benchmark: t
            title: t
            applies-to: [debian]
            sections: { "1": s }
            checks:
              - id: host/t-ssh
                title: t
                section: "1"
                severity: high
                rationale: r
                remediation: m
                check: { file: /etc/ssh/sshd_config, syntax: sshd, key: MaxAuthTries, compare: "<= 4" }
              - id: host/t-mode
                title: t
                section: "1"
                severity: low
                rationale: r
                remediation: m
                check: { file: /etc/crontab, mode: "0600", owner: root }
            """)]).Value!.Single();
        var failed = new CheckOutcome(CheckStatus.Fail, "x", [new Evidence("/etc/crontab", 0, "mode 0644", "mode at most 0600")]);

        var ssh = DerivedFix.For(benchmark.Checks[0].Check, failed, benchmark);
        var mode = DerivedFix.For(benchmark.Checks[1].Check, failed, benchmark);

        Assert.Equal(["ansible.builtin.lineinfile", "ansible.builtin.lineinfile"], ssh.Tasks.Select(t => t.Module));
        Assert.Equal("MaxAuthTries 4", ssh.Tasks[1].Arguments["line"]);
        Assert.Equal("BOF", ssh.Tasks[1].Arguments["insertbefore"]);
        Assert.Equal("u=rw,g=,o=", Assert.Single(mode.Tasks).Arguments["mode"]);
        Assert.Equal(["chmod u=rw,g=,o= -- '/etc/crontab'", "chown root -- '/etc/crontab'"], mode.Shell);
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
