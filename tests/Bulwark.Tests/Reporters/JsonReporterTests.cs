using System.Text.Json;
using System.Text.Json.Nodes;
using Bulwark.Reporters.Json;
using Bulwark.Sdk;
using NJsonSchema;

namespace Bulwark.Tests.Reporters;

public sealed class JsonReporterTests
{
    private static readonly string SchemaPath = Path.Combine(TestPaths.RepoRoot, "docs", "schemas", "report.schema.json");

    public static TheoryData<string> Samples => ["typical", "empty", "hostile"];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Json_output_validates_against_the_report_schema(string sample)
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath);

        var errors = schema.Validate(Render(sample));

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public async Task The_schema_rejects_unknown_members_and_values()
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        var json = JsonNode.Parse(Render("typical"))!;
        json["surprise"] = true;
        json["version"] = "2";
        json["summary"]!["bySeverity"]!["urgent"] = 1;
        json["findings"]![0]!["location"]!["row"] = 3;

        var errors = schema.Validate(json.ToJsonString());

        Assert.Equal(["#/findings[0]", "#/summary.bySeverity.urgent", "#/surprise", "#/version"], errors.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Json_output_carries_the_finding_text_unchanged()
    {
        var report = SampleReports.Typical();

        var json = JsonNode.Parse(Render("typical"))!;

        var findings = json["findings"]!.AsArray();
        Assert.Equal(report.Findings.Select(f => f.Message), findings.Select(f => (string)f!["message"]!));
        Assert.Equal(SampleReports.OddEvidence, (string)findings[2]!["evidence"]!);
        Assert.Equal("medium", (string)findings[2]!["severity"]!);
    }

    [Fact]
    public void Missing_optional_values_are_left_out_instead_of_written_as_null()
    {
        var output = Render("typical");
        var info = JsonNode.Parse(output)!["findings"]![4]!.AsObject();

        Assert.DoesNotContain("null", output, StringComparison.Ordinal);
        Assert.False(info.ContainsKey("evidence"));
        Assert.False(info.ContainsKey("remediation"));
        Assert.False(info["location"]!.AsObject().ContainsKey("startColumn"));
        Assert.Empty(info["references"]!.AsArray());
        Assert.Empty(info["properties"]!.AsObject());
    }

    [Fact]
    public void A_commit_origin_is_written_in_full()
    {
        var origin = JsonNode.Parse(Render("typical"))!["findings"]![1]!["location"]!["origin"]!;

        Assert.Equal("commit", (string)origin["kind"]!);
        Assert.Equal(SampleReports.CommitId, (string)origin["id"]!);
        Assert.Equal("José Müller", (string)origin["author"]!);
        Assert.Equal("jose@example.com", (string)origin["authorEmail"]!);
        Assert.Equal(new DateTimeOffset(2024, 11, 2, 17, 4, 0, TimeSpan.FromHours(1)), (DateTimeOffset)origin["date"]!);
    }

    [Fact]
    public void The_summary_counts_what_the_report_holds()
    {
        var summary = JsonNode.Parse(Render("typical"))!["summary"]!;

        Assert.Equal(5, (int)summary["total"]!);
        Assert.Equal(
            """{"critical":1,"high":1,"medium":1,"low":1,"info":1}""",
            summary["bySeverity"]!.ToJsonString());
        Assert.Equal("""{"iac":2,"image":0,"packages":1,"secrets":2}""", summary["byScanner"]!.ToJsonString());
        Assert.Equal(5_500_000, (long)summary["bytesScanned"]!);
        Assert.Equal(2, (int)summary["suppressed"]!);
        Assert.Equal(1, (int)summary["errors"]!);
        Assert.Equal("high", (string)summary["failOn"]!);
        Assert.True((bool)summary["gateFailed"]!);
    }

    [Fact]
    public void Suppressions_and_expired_suppressions_keep_their_source_and_dates()
    {
        var json = JsonNode.Parse(Render("typical"))!;

        var suppressed = json["suppressed"]![0]!;
        Assert.Equal("ignore-file", (string)suppressed["kind"]!);
        Assert.Equal(".bulwarkignore:4", (string)suppressed["source"]!);
        Assert.Equal("2099-01-01", (string)suppressed["expires"]!);
        Assert.Equal("tests/fixtures/token.txt", (string)suppressed["finding"]!["location"]!["path"]!);
        Assert.Equal("2025-01-31", (string)json["expiredSuppressions"]![0]!["expired"]!);
    }

    [Fact]
    public void Json_output_is_indented_with_camel_case_names_and_line_feeds()
    {
        var output = Render("typical");

        Assert.StartsWith("{\n  \"version\": \"1\",\n  \"tool\": {", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', output);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(
            ["version", "tool", "target", "startedAt", "durationMs", "findings", "suppressed", "expiredSuppressions", "errors", "notes", "checks", "changes", "detections", "summary"],
            document.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task A_change_on_a_watched_system_is_listed_under_changes_with_its_details()
    {
        var change = new FindingChange { Kind = "new-suid", Details = [new("mode", "0755", "4755"), new("owner", null, "0")] };
        var report = SampleReports.Empty() with
        {
            Findings = [SampleReports.Found("integrity", "integrity/new-suid", Severity.High, "New set-user-id program", "/usr/bin/tool", 1) with { Change = change }],
        };
        var json = ReporterRun.Render(new JsonReporter(), report);

        var changes = JsonNode.Parse(json)!["changes"]!.AsArray();

        Assert.Empty((await JsonSchema.FromFileAsync(SchemaPath)).Validate(json).Select(e => $"{e.Path}: {e.Kind}"));
        var listed = Assert.Single(changes)!;
        Assert.Equal("/usr/bin/tool", (string?)listed["path"]);
        Assert.Equal("new-suid", (string?)listed["kind"]);
        Assert.Equal("high", (string?)listed["severity"]);
        Assert.Equal("""{"mode":{"old":"0755","new":"4755"},"owner":"0"}""", listed["details"]!.ToJsonString());
        Assert.Equal("new-suid", (string?)JsonNode.Parse(json)!["findings"]![0]!["change"]!["kind"]);
    }

    [Fact]
    public async Task A_detection_from_logs_is_listed_under_detections_with_the_events_that_made_it()
    {
        var detection = new FindingDetection
        {
            Level = "high",
            Group = "src_ip=203.0.113.9",
            Events = [new DetectedEvent("/var/log/auth.log", 12, "2026-11-22T10:00:01.000+00:00", new Dictionary<string, string> { ["src_ip"] = "203.0.113.9", ["user"] = "root" })],
        };
        var report = SampleReports.Empty() with
        {
            Findings = [SampleReports.Found("detection", "9f0c1a2b-0000-4000-8000-000000000002", Severity.High, "SSH password guessing", "/var/log/auth.log", 12) with { Detection = detection }],
        };
        var json = ReporterRun.Render(new JsonReporter(), report);

        var listed = Assert.Single(JsonNode.Parse(json)!["detections"]!.AsArray())!;

        Assert.Empty((await JsonSchema.FromFileAsync(SchemaPath)).Validate(json).Select(e => $"{e.Path}: {e.Kind}"));
        Assert.Equal("src_ip=203.0.113.9", (string?)listed["group"]);
        Assert.Equal(12, (int?)listed["events"]![0]!["line"]);
        Assert.Equal("""{"src_ip":"203.0.113.9","user":"root"}""", listed["events"]![0]!["fields"]!.ToJsonString());
    }

    private static string Render(string sample) => ReporterRun.Render(new JsonReporter(), sample switch
    {
        "empty" => SampleReports.Empty(),
        "hostile" => SampleReports.Hostile(),
        _ => SampleReports.Typical(),
    });
}
