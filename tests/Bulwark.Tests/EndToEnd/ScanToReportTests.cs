using System.Text;
using Bulwark.Engine.Planning;
using Bulwark.Engine.Scanning;
using Bulwark.Scanners.Secrets;
using Bulwark.Sdk;
using Bulwark.Targets.Directories;
using Bulwark.Tests.Reporters;
using NJsonSchema;

namespace Bulwark.Tests.EndToEnd;

/// <summary>A real scan of a real folder through the engine, rendered by the real reporters and checked against the schemas.</summary>
public sealed class ScanToReportTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "bulwark-e2e-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly string _token;
    private readonly string _password;

    public ScanToReportTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "config"));
        // Built at run time so this file holds no literal credential for the self-scan to find.
        _token = Base62Checksum.Complete("gh" + "p_", "Zq81Lx0Pm3Rt9Wy6Kv2TaB4cD5eF6g");
        _password = "Vq7#mR2" + "!xL9pKz4WnB3";
        File.WriteAllText(Path.Combine(_root, "config", "ci.env"), $"REGION=eu\nTOKEN={_token}\n");
        File.WriteAllText(Path.Combine(_root, "config", "db.yaml"), $"db:\n  password: \"{_password}\"\n  note: <tag> & \"quotes\"\n");
        File.WriteAllText(Path.Combine(_root, "app settings.json"), "{ \"name\": \"ünïcode\" }\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<ScanReport> ScanAsync()
    {
        var plan = ScanPlanner.Create(new ScanRequest { Root = _root, WorkingDirectory = _root }, Catalog.Catalog.Scanners);
        Assert.True(plan.Succeeded, string.Join("\n", plan.Problems));
        var source = new DirectorySource(_root, plan.Value!.Exclusions.IsExcluded);
        return await ScanExecution.RunAsync(plan.Value, source, new ScanProgress(), CancellationToken.None);
    }

    private static string Render(ScanReport report, string format)
    {
        using var stream = new MemoryStream();
        Catalog.Catalog.Reporters.Single(r => r.Format == format).Write(report, new ReportTarget(stream, IsTerminal: false));
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public async Task The_json_report_of_a_real_scan_validates_against_the_documented_schema()
    {
        var report = await ScanAsync();
        Assert.Equal(2, report.Findings.Count);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestPaths.RepoRoot, "docs", "schemas", "report.schema.json"));
        Assert.Empty(schema.Validate(Render(report, "json")).Select(e => e.ToString()));
    }

    [SharedDataFact]
    public async Task The_sarif_report_of_a_real_scan_validates_against_the_official_schema()
    {
        var report = await ScanAsync();
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestPaths.SharedSchemas!, "sarif-schema-2.1.0.json"));
        Assert.Empty(schema.Validate(Render(report, "sarif")).Select(e => e.ToString()));
    }

    [Fact]
    public async Task No_report_format_contains_a_secret_value()
    {
        var report = await ScanAsync();
        foreach (var reporter in Catalog.Catalog.Reporters)
        {
            var text = Render(report, reporter.Format);
            Assert.DoesNotContain(_token[4..], text);
            Assert.DoesNotContain(_password[2..], text);
        }
    }
}
