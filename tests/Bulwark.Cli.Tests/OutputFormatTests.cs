using System.Text.Json;
using System.Xml.Linq;

namespace Bulwark.Cli.Tests;

public class OutputFormatTests
{
    private static TempProject ProjectWithASecret(out string token)
    {
        token = FakeSecrets.GitHubToken(11);
        return new TempProject().Write("config/app.yaml", $"service:\n  token: {token}\n");
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("junit")]
    [InlineData("markdown")]
    [InlineData("html")]
    [InlineData("table")]
    public void Every_format_names_the_finding_and_never_contains_the_secret(string format)
    {
        using var project = ProjectWithASecret(out var token);
        var run = CliRun.Of(project.Root, "scan", ".", "--format", format);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("secrets/github-token", run.Output);
        Assert.Contains("config/app.yaml", run.Output);
        Assert.DoesNotContain(token, run.Output);
        Assert.DoesNotContain(token[4..], run.Output);
        Assert.DoesNotContain(token, run.Error);
    }

    [Fact]
    public void Several_reports_are_written_at_once_with_output()
    {
        using var project = ProjectWithASecret(out var token);
        var run = CliRun.Of(project.Root, "scan", ".", "--quiet", "--output", "sarif=out/results.sarif", "--output", "junit=out/results.xml", "--output", "json=out/report.json", "--output", "html=out/report.html");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        var sarif = JsonDocument.Parse(project.Read("out/results.sarif"));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var junit = XDocument.Parse(project.Read("out/results.xml"));
        Assert.Single(junit.Descendants("failure"));
        var json = JsonDocument.Parse(project.Read("out/report.json"));
        var finding = json.RootElement.GetProperty("findings")[0];
        Assert.Equal(2, finding.GetProperty("location").GetProperty("startLine").GetInt32());
        Assert.Equal("critical", finding.GetProperty("severity").GetString());
        foreach (var file in new[] { "out/results.sarif", "out/results.xml", "out/report.json", "out/report.html" })
        {
            Assert.DoesNotContain(token, project.Read(file));
        }
    }

    [Fact]
    public void The_json_report_has_the_documented_shape()
    {
        using var project = ProjectWithASecret(out _);
        var run = CliRun.Of(project.Root, "scan", ".", "--format", "json");
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("1", root.GetProperty("version").GetString());
        var finding = root.GetProperty("findings")[0];
        foreach (var name in new[] { "ruleId", "scanner", "severity", "title", "message", "location", "fingerprint" })
        {
            Assert.True(finding.TryGetProperty(name, out _), name);
        }

        Assert.Equal(1, root.GetProperty("summary").GetProperty("total").GetInt32());
        Assert.True(root.GetProperty("summary").GetProperty("gateFailed").GetBoolean());
    }

    [Fact]
    public void Quiet_prints_nothing_but_an_explicit_format_still_goes_to_standard_output()
    {
        using var project = ProjectWithASecret(out _);
        Assert.Equal("", CliRun.Of(project.Root, "scan", ".", "--quiet").Output);
        Assert.StartsWith("{", CliRun.Of(project.Root, "scan", ".", "--quiet", "--format", "json").Output.TrimStart());
    }
}
