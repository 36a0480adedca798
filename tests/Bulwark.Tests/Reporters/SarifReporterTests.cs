using System.Text.Json.Nodes;
using Bulwark.Reporters.Sarif;
using Bulwark.Sdk;
using NJsonSchema;

namespace Bulwark.Tests.Reporters;

public sealed class SarifReporterTests
{
    [SharedDataFact]
    public async Task Sarif_output_validates_against_the_official_2_1_0_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestPaths.SharedSchemas!, "sarif-schema-2.1.0.json"));

        foreach (var report in new[] { SampleReports.Typical(), SampleReports.Empty(), SampleReports.Hostile() })
        {
            var errors = schema.Validate(ReporterRun.Render(new SarifReporter(new Uri("https://example.org/bulwark")), report));

            Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
        }
    }

    [Theory]
    [InlineData(Severity.Critical, "error", "9.5")]
    [InlineData(Severity.High, "error", "8.0")]
    [InlineData(Severity.Medium, "warning", "5.5")]
    [InlineData(Severity.Low, "note", "3.0")]
    [InlineData(Severity.Info, "note", "0.0")]
    public void Each_severity_maps_to_a_sarif_level_and_a_github_security_severity(Severity severity, string level, string securitySeverity)
    {
        var run = Run(SampleReports.Typical());

        var finding = SampleReports.Typical().Findings.Single(f => f.Severity == severity);
        var result = Results(run).First(r => (string)r["ruleId"]! == finding.RuleId);
        var rule = Rules(run)[(int)result["ruleIndex"]!]!;
        Assert.Equal(level, (string)result["level"]!);
        Assert.Equal(finding.RuleId, (string)rule["id"]!);
        Assert.Equal(level, (string)rule["defaultConfiguration"]!["level"]!);
        Assert.Equal(securitySeverity, (string)rule["properties"]!["security-severity"]!);
        Assert.Contains("security", rule["properties"]!["tags"]!.AsArray().Select(t => (string)t!));
    }

    [Fact]
    public void Every_enabled_rule_is_listed_with_a_pascal_case_name_and_help()
    {
        var rules = Rules(Run(SampleReports.Typical()));

        Assert.Equal(SampleReports.Rules.Select(r => r.Id), rules.Select(r => (string)r!["id"]!));
        var pat = rules.Single(r => (string)r!["id"]! == "secrets/github-pat")!;
        Assert.Equal("GitHubPersonalAccessToken", (string)pat["name"]!);
        Assert.Contains("Revoke the token.", (string)pat["help"]!["markdown"]!, StringComparison.Ordinal);
        Assert.Contains("<https://docs.github.com/en/authentication>", (string)pat["help"]!["markdown"]!, StringComparison.Ordinal);
        Assert.Equal("https://docs.github.com/en/authentication", (string)pat["helpUri"]!);
    }

    [Fact]
    public void A_whole_file_finding_points_at_line_1_because_github_rejects_line_0()
    {
        var result = Results(Run(SampleReports.Typical())).First(r => (string)r["ruleId"]! == "iac/dockerfile-latest-tag");

        var region = result["locations"]![0]!["physicalLocation"]!["region"]!.AsObject();
        Assert.Equal(1, (int)region["startLine"]!);
        Assert.False(region.ContainsKey("endLine"));
    }

    [Fact]
    public void Paths_become_escaped_uris_relative_to_the_source_root()
    {
        var result = Results(Run(SampleReports.Typical()))[0];

        var physical = result["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("src/config/app%20settings.json", (string)physical["artifactLocation"]!["uri"]!);
        Assert.Equal("%SRCROOT%", (string)physical["artifactLocation"]!["uriBaseId"]!);
        Assert.Equal(17, (int)physical["region"]!["startColumn"]!);
        Assert.Contains("ghp_****", (string)physical["region"]!["snippet"]!["text"]!, StringComparison.Ordinal);
        Assert.Equal(11, (int)physical["contextRegion"]!["startLine"]!);
    }

    [Fact]
    public void Results_carry_the_fingerprint_and_the_commit_they_came_from()
    {
        var results = Results(Run(SampleReports.Typical()));

        var report = SampleReports.Typical();
        Assert.Equal(report.Findings[0].Fingerprint, (string)results[0]["partialFingerprints"]!["bulwarkFingerprint/v1"]!);
        Assert.Equal(SampleReports.CommitId, (string)results[1]["properties"]!["origin"]!["id"]!);
        Assert.Equal("high", (string)results[1]["properties"]!["severity"]!);
    }

    [Fact]
    public void Suppressed_findings_are_results_with_their_suppression()
    {
        var results = Results(Run(SampleReports.Typical()));

        var suppressed = results.Where(r => r.AsObject().ContainsKey("suppressions")).ToList();
        Assert.Equal(5 + 2, results.Count);
        Assert.Equal(2, suppressed.Count);
        Assert.Equal("external", (string)suppressed[0]["suppressions"]![0]!["kind"]!);
        Assert.Equal("Test fixture <not a real token>", (string)suppressed[0]["suppressions"]![0]!["justification"]!);
        Assert.Equal("inSource", (string)suppressed[1]["suppressions"]![0]!["kind"]!);
    }

    [Fact]
    public void Scan_errors_become_tool_execution_notifications()
    {
        var invocation = Run(SampleReports.Typical())["invocations"]![0]!;

        Assert.True((bool)invocation["executionSuccessful"]!);
        var notification = invocation["toolExecutionNotifications"]![0]!;
        Assert.Equal("error", (string)notification["level"]!);
        Assert.Equal("Could not read the file: <permission denied>", (string)notification["message"]!["text"]!);
        Assert.Single(invocation["toolConfigurationNotifications"]!.AsArray());
    }

    [Fact]
    public void The_information_uri_is_only_written_when_the_project_has_one()
    {
        var without = Run(SampleReports.Empty())["tool"]!["driver"]!.AsObject();
        var with = JsonNode.Parse(ReporterRun.Render(new SarifReporter(new Uri("https://example.org/bulwark")), SampleReports.Empty()))!;

        Assert.False(without.ContainsKey("informationUri"));
        Assert.Equal("https://example.org/bulwark", (string)with["runs"]![0]!["tool"]!["driver"]!["informationUri"]!);
    }

    private static JsonNode Run(ScanReport report) =>
        JsonNode.Parse(ReporterRun.Render(new SarifReporter(), report))!["runs"]![0]!;

    private static List<JsonNode> Results(JsonNode run) => [.. run["results"]!.AsArray().Select(r => r!)];

    private static JsonArray Rules(JsonNode run) => run["tool"]!["driver"]!["rules"]!.AsArray();
}
