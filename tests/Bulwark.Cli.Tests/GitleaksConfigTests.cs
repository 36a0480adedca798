using System.Text.Json;

namespace Bulwark.Cli.Tests;

public class GitleaksConfigTests
{
    [Fact]
    public void A_gitleaks_config_without_use_default_replaces_the_built_in_rules()
    {
        using var project = new TempProject()
            .Write("a.txt", $"internal: corp-Zq81Lx0Pm3Rt9Wy6Kv2T\nTOKEN={FakeSecrets.GitHubToken(51)}\n")
            .Write(".gitleaks.toml", """
                title = "corp"
                [[rules]]
                id = "corp-token"
                description = "Corp internal token"
                regex = '''corp-(?P<tok>[[:alnum:]]{20})'''
                secretGroup = 1
                keywords = ["corp-"]
                """);
        var run = CliRun.Of(project.Root, "scan", ".", "--secrets-config", ".gitleaks.toml", "--format", "json");
        var finding = Assert.Single(run.Json().GetProperty("findings").EnumerateArray());
        Assert.Equal("secrets/corp-token", finding.GetProperty("ruleId").GetString());
    }

    [Fact]
    public void Use_default_adds_the_rules_and_disabled_rules_match_gitleaks_ids()
    {
        using var project = new TempProject()
            .Write("a.txt", $"internal: corp-Zq81Lx0Pm3Rt9Wy6Kv2T\nTOKEN={FakeSecrets.GitHubToken(52)}\nid={FakeSecrets.AwsKeyId(52)}\n")
            .Write(".gitleaks.toml", """
                [extend]
                useDefault = true
                disabledRules = ["aws-access-token"]
                [[rules]]
                id = "corp-token"
                regex = '''corp-[0-9A-Za-z]{20}'''
                keywords = ["corp-"]
                [allowlist]
                paths = ['''^ignored/''']
                """)
            .Write("ignored/b.txt", $"TOKEN={FakeSecrets.GitHubToken(53)}\n");
        var run = CliRun.Of(project.Root, "scan", ".", "--secrets-config", ".gitleaks.toml", "--format", "json");
        var ids = run.Json().GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).Order().ToList();
        Assert.Equal(["secrets/corp-token", "secrets/github-token"], ids);
    }

    [Fact]
    public void A_broken_gitleaks_config_is_a_usage_error_naming_the_file()
    {
        using var project = new TempProject().Write("a.txt", "x\n").Write("g.toml", "[[rules]]\nid = \"x\"\nregex = '''(unclosed'''\n");
        var run = CliRun.Of(project.Root, "scan", ".", "--secrets-config", "g.toml");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("g.toml", run.Error);
        Assert.Contains("does not compile", run.Error);
    }
}
