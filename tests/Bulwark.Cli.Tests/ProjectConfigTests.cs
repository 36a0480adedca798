using System.Text.Json;

namespace Bulwark.Cli.Tests;

public class ProjectConfigTests
{
    [Fact]
    public void The_config_at_the_root_sets_the_threshold()
    {
        using var project = new TempProject()
            .Write("a.env", $"TOKEN={FakeSecrets.GitHubToken(41)}\n")
            .Write("bulwark.yaml", "version: 1\nfail-on: none\n");
        Assert.Equal(0, CliRun.Of(project.Root, "scan", ".").ExitCode);
    }

    [Fact]
    public void A_flag_overrides_the_config_file()
    {
        using var project = new TempProject()
            .Write("a.env", $"TOKEN={FakeSecrets.GitHubToken(42)}\n")
            .Write("bulwark.yaml", "fail-on: none\n");
        Assert.Equal(1, CliRun.Of(project.Root, "scan", ".", "--fail-on", "high").ExitCode);
    }

    [Fact]
    public void Excluded_paths_are_not_scanned_and_are_counted()
    {
        using var project = new TempProject()
            .Write("vendor/lib/a.env", $"TOKEN={FakeSecrets.GitHubToken(43)}\n")
            .Write("dist/app.min.js", $"var t='{FakeSecrets.GitHubToken(44)}'\n")
            .Write("src/ok.txt", "fine\n")
            .Write("bulwark.yaml", "exclude:\n  - vendor/\n  - '*.min.js'\n");
        var run = CliRun.Of(project.Root, "scan", ".", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.True(run.Json().GetProperty("summary").GetProperty("skippedExcluded").GetInt32() >= 1);
    }

    [Fact]
    public void A_disabled_rule_reports_nothing_and_a_severity_override_changes_the_gate()
    {
        using var project = new TempProject().Write("a.env", $"TOKEN={FakeSecrets.GitHubToken(45)}\nid={FakeSecrets.AwsKeyId(45)}\n");
        project.Write("bulwark.yaml", "rules:\n  disable: [secrets/github-token]\n  severity:\n    secrets/aws-access-key-id: low\n");
        var run = CliRun.Of(project.Root, "scan", ".", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var finding = Assert.Single(run.Json().GetProperty("findings").EnumerateArray());
        Assert.Equal("secrets/aws-access-key-id", finding.GetProperty("ruleId").GetString());
        Assert.Equal("low", finding.GetProperty("severity").GetString());
    }

    [Fact]
    public void Extra_rule_files_from_the_config_are_loaded_and_their_problems_reported_with_lines()
    {
        using var project = new TempProject()
            .Write("a.txt", "internal key: acme_live_Zq81Lx0Pm3Rt9Wy6Kv2T\n")
            .Write("rules/acme.yaml", """
                rules:
                  - id: secrets/acme-live-key
                    title: Acme live key
                    severity: critical
                    keywords: [acme_live_]
                    pattern: '(acme_live_[A-Za-z0-9]{20})'
                """)
            .Write("bulwark.yaml", "secrets:\n  rules: [rules/acme.yaml]\n");
        var run = CliRun.Of(project.Root, "scan", ".", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("secrets/acme-live-key", run.Json().GetProperty("findings")[0].GetProperty("ruleId").GetString());

        project.Write("rules/acme.yaml", "rules:\n  - id: secrets/acme-live-key\n    title: Acme\n    severity: urgent\n    keywords: [acme]\n    pattern: '(acme'\n");
        var broken = CliRun.Of(project.Root, "scan", ".");
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("rules/acme.yaml:4: unknown severity 'urgent'", broken.Error);
        Assert.Contains("rules/acme.yaml:6: 'pattern' regex does not compile", broken.Error);
    }

    [Fact]
    public void Settings_come_from_the_environment_when_not_on_the_command_line()
    {
        using var project = new TempProject().Write("a.env", $"TOKEN={FakeSecrets.GitHubToken(46)}\n");
        var request = new Engine.Planning.ScanRequest
        {
            Root = project.Root,
            Environment = name => name == "BULWARK_FAIL_ON" ? "none" : null,
        };
        var plan = Engine.Planning.ScanPlanner.Create(request, Catalog.Catalog.Scanners);
        Assert.True(plan.Succeeded);
        Assert.Null(plan.Value!.Policy.FailOn);
        Assert.Equal("BULWARK_FAIL_ON", plan.Value.Settings.Where("fail-on"));
    }
}
