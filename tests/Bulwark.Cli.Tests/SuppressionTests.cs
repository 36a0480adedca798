using System.Text.Json;

namespace Bulwark.Cli.Tests;

public class SuppressionTests
{
    private static string FingerprintOf(TempProject project)
    {
        var run = CliRun.Of(project.Root, "scan", ".", "--format", "json");
        return run.Json().GetProperty("findings")[0].GetProperty("fingerprint").GetString()!;
    }

    [Fact]
    public void An_inline_marker_on_the_line_or_the_line_before_suppresses_with_its_reason()
    {
        using var project = new TempProject()
            .Write("a.env", $"TOKEN={FakeSecrets.GitHubToken(21)} # bulwark:ignore rotated and revoked in 2025\n")
            .Write("b.py", $"# bulwark:ignore=secrets/github-token fixture for parser tests\nTOKEN = '{FakeSecrets.GitHubToken(22)}'\n");
        var run = CliRun.Of(project.Root, "scan", ".", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var suppressed = run.Json().GetProperty("suppressed");
        Assert.Equal(2, suppressed.GetArrayLength());
        Assert.Contains(suppressed.EnumerateArray(), s => s.GetProperty("reason").GetString() == "rotated and revoked in 2025");
        Assert.All(suppressed.EnumerateArray(), s => Assert.Equal("inline", s.GetProperty("kind").GetString()));
    }

    [Fact]
    public void An_inline_marker_for_another_rule_does_not_suppress()
    {
        using var project = new TempProject()
            .Write("a.env", $"TOKEN={FakeSecrets.GitHubToken(23)} # bulwark:ignore=secrets/jwt not this one\n");
        Assert.Equal(1, CliRun.Of(project.Root, "scan", ".").ExitCode);
    }

    [Fact]
    public void A_gitleaks_allow_comment_is_honoured()
    {
        using var project = new TempProject()
            .Write("a.env", $"TOKEN={FakeSecrets.GitHubToken(24)} # gitleaks:allow\n");
        Assert.Equal(0, CliRun.Of(project.Root, "scan", ".").ExitCode);
    }

    [Fact]
    public void An_ignore_file_entry_survives_the_secret_moving_to_another_line()
    {
        using var project = new TempProject().Write("a.env", $"TOKEN={FakeSecrets.GitHubToken(25)}\n");
        var fingerprint = FingerprintOf(project);
        project.Write(".bulwarkignore", $"# accepted findings\n{fingerprint} test token, revoked\n");
        project.Write("a.env", $"# header\n\nOTHER=1\nTOKEN={FakeSecrets.GitHubToken(25)}\n");
        var run = CliRun.Of(project.Root, "scan", ".", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("ignore-file", run.Json().GetProperty("suppressed")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void A_new_secret_on_a_suppressed_line_is_still_reported()
    {
        using var project = new TempProject().Write("a.env", $"TOKEN={FakeSecrets.GitHubToken(26)}\n");
        project.Write(".bulwarkignore", $"{FingerprintOf(project)} old token, revoked\n");
        project.Write("a.env", $"TOKEN={FakeSecrets.GitHubToken(27)}\n");
        Assert.Equal(1, CliRun.Of(project.Root, "scan", ".").ExitCode);
    }

    [Fact]
    public void An_expired_entry_stops_suppressing_and_is_reported_as_expired()
    {
        using var project = new TempProject().Write("a.env", $"TOKEN={FakeSecrets.GitHubToken(28)}\n");
        var fingerprint = FingerprintOf(project);
        project.Write(".bulwarkignore", $"{fingerprint} expires:2020-01-31 accepted until the migration\n");
        var run = CliRun.Of(project.Root, "scan", ".", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        var expired = run.Json().GetProperty("expiredSuppressions")[0];
        Assert.Equal(fingerprint, expired.GetProperty("fingerprint").GetString());
        Assert.Equal("2020-01-31", expired.GetProperty("expired").GetString());
        Assert.Contains("expired", CliRun.Of(project.Root, "scan", ".").Output);
    }

    [Fact]
    public void An_entry_with_a_future_expiry_still_suppresses()
    {
        using var project = new TempProject().Write("a.env", $"TOKEN={FakeSecrets.GitHubToken(29)}\n");
        project.Write(".bulwarkignore", $"{FingerprintOf(project)} expires:2999-12-31 accepted for now\n");
        Assert.Equal(0, CliRun.Of(project.Root, "scan", ".").ExitCode);
    }

    [Fact]
    public void An_ignore_entry_without_a_reason_is_an_error_with_its_line()
    {
        using var project = new TempProject().Write("a.env", "x\n");
        project.Write(".bulwarkignore", "# comment\n0123456789abcdef0123456789abcdef\n");
        var run = CliRun.Of(project.Root, "scan", ".");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(".bulwarkignore:2", run.Error);
        Assert.Contains("no reason", run.Error);
    }

    [Fact]
    public void A_config_suppression_by_rule_and_path_covers_a_folder()
    {
        using var project = new TempProject()
            .Write("tests/fixtures/a.env", $"TOKEN={FakeSecrets.GitHubToken(30)}\n")
            .Write("bulwark.yaml", "suppressions:\n  - rule: secrets/github-token\n    path: tests/fixtures/\n    reason: fixture tokens are generated and fake\n");
        var run = CliRun.Of(project.Root, "scan", ".", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("config", run.Json().GetProperty("suppressed")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void A_baseline_hides_known_findings_and_shows_new_ones()
    {
        using var project = new TempProject().Write("a.env", $"TOKEN={FakeSecrets.GitHubToken(31)}\n");
        Assert.Equal(1, CliRun.Of(project.Root, "scan", ".", "--quiet", "--output", "json=baseline.json").ExitCode);
        Assert.Equal(0, CliRun.Of(project.Root, "scan", ".", "--baseline", "baseline.json").ExitCode);
        project.Write("b.env", $"KEY={FakeSecrets.GitHubToken(32)}\n");
        var run = CliRun.Of(project.Root, "scan", ".", "--baseline", "baseline.json", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        var root = run.Json();
        Assert.Equal(1, root.GetProperty("findings").GetArrayLength());
        Assert.Equal("b.env", root.GetProperty("findings")[0].GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("baselined").GetInt32());
    }

    [Fact]
    public void A_baseline_that_is_not_a_report_is_an_error()
    {
        using var project = new TempProject().Write("a.env", "x\n").Write("baseline.json", "{ \"oops\": [1, 2\n");
        var run = CliRun.Of(project.Root, "scan", ".", "--baseline", "baseline.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("baseline.json", run.Error);
    }
}
