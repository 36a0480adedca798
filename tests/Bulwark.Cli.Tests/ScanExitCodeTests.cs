namespace Bulwark.Cli.Tests;

public class ScanExitCodeTests
{
    [Fact]
    public void A_clean_tree_exits_zero()
    {
        using var project = new TempProject().Write("src/app.py", "print('hello')\n");
        var run = CliRun.Of(project.Root, "scan", ".");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Gate: passed", run.Output);
    }

    [Fact]
    public void A_secret_at_or_above_the_threshold_exits_one()
    {
        using var project = new TempProject().Write("deploy.env", $"TOKEN={FakeSecrets.GitHubToken(1)}\n");
        var run = CliRun.Of(project.Root, "scan", project.Root);
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("secrets/github-token", run.Output);
        Assert.Contains("deploy.env:1", run.Output);
    }

    [Fact]
    public void Findings_below_the_threshold_do_not_fail_the_gate()
    {
        using var project = new TempProject().Write("keys.ini", $"id = {FakeSecrets.AwsKeyId(2)}\n");
        Assert.Equal(1, CliRun.Of(project.Root, "scan", ".", "--fail-on", "high").ExitCode);
        Assert.Equal(0, CliRun.Of(project.Root, "scan", ".", "--fail-on", "critical").ExitCode);
        Assert.Equal(0, CliRun.Of(project.Root, "scan", ".", "--fail-on", "none").ExitCode);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_with_exit_two()
    {
        using var project = new TempProject();
        var run = CliRun.Of(project.Root, "scan", "--no-such-flag");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--no-such-flag", run.Error);
    }

    [Fact]
    public void A_bad_threshold_names_the_flag_and_the_allowed_values()
    {
        using var project = new TempProject();
        var run = CliRun.Of(project.Root, "scan", ".", "--fail-on", "severe");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--fail-on", run.Error);
        Assert.Contains("critical, high, medium, low, none", run.Error);
    }

    [Fact]
    public void A_missing_path_is_a_usage_error()
    {
        using var project = new TempProject();
        var run = CliRun.Of(project.Root, "scan", "no/such/dir");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("path not found", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }
}
