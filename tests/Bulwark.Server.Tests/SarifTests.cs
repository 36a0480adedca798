using System.Net;
using System.Text.Json;
using NJsonSchema;

namespace Bulwark.Server.Tests;

/// <summary>SARIF 2.1.0 from other tools lands beside Bulwark's own findings, and is deduplicated the same way.</summary>
public sealed class SarifTests : IAsyncLifetime
{
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<Dictionary<string, JsonElement>> Findings() =>
        (await _server.GetAsync("/api/v1/findings?product=shop&pageSize=500")).GetProperty("items").EnumerateArray()
            .ToDictionary(f => f.GetProperty("ruleId").GetString()!);

    [Fact]
    public async Task Each_tool_is_a_scanner_and_severity_comes_from_security_severity_or_the_level()
    {
        var scan = await _server.UploadAsync("shop", SarifFixtures.TwoTools);

        Assert.Equal(4, scan.GetProperty("new").GetInt32());
        var findings = await Findings();
        var sql = findings["js/sql-injection"];
        Assert.Equal(("codeql", "high", "Database query built from user-controlled sources", "src/db/users.js", 42),
            (sql.GetProperty("scanner").GetString(), sql.GetProperty("severity").GetString(), sql.GetProperty("title").GetString(),
             sql.GetProperty("path").GetString(), sql.GetProperty("line").GetInt32()));
        Assert.Equal("This query depends on a user-provided value.", sql.GetProperty("message").GetString());
        // The rule's security-severity (9.1) outranks the result's level (note).
        Assert.Equal("critical", findings["js/log-injection"].GetProperty("severity").GetString());
        Assert.Equal(("semgrep-oss", "medium"), (findings["python.flask.security.audit.debug-enabled"].GetProperty("scanner").GetString(), findings["python.flask.security.audit.debug-enabled"].GetProperty("severity").GetString()));
        // A rule the driver does not list: its title is its id, its severity its level.
        Assert.Equal(("high", "python.lang.security.audit.eval-detected"), (findings["python.lang.security.audit.eval-detected"].GetProperty("severity").GetString(), findings["python.lang.security.audit.eval-detected"].GetProperty("title").GetString()));
    }

    [Fact]
    public async Task A_finding_that_moves_lines_is_the_same_finding_and_one_a_tool_drops_is_fixed()
    {
        await _server.UploadAsync("shop", SarifFixtures.TwoTools);
        var moved = SarifFixtures.TwoTools.Replace("\"startLine\": 88", "\"startLine\": 95", StringComparison.Ordinal);
        var withoutEval = Without(moved, "python.lang.security.audit.eval-detected");

        var again = await _server.UploadAsync("shop", withoutEval);

        Assert.Equal((0, 1), (again.GetProperty("new").GetInt32(), again.GetProperty("fixed").GetInt32()));
        var findings = await Findings();
        Assert.Equal(95, findings["python.flask.security.audit.debug-enabled"].GetProperty("line").GetInt32());
        Assert.Equal("fixed", findings["python.lang.security.audit.eval-detected"].GetProperty("state").GetString());
        Assert.Equal("open", findings["js/sql-injection"].GetProperty("state").GetString());
    }

    [Fact]
    public async Task Sarif_and_bulwark_reports_share_a_product_without_fixing_each_others_findings()
    {
        await _server.UploadAsync("shop", SarifFixtures.TwoTools);
        var bulwark = await _server.UploadAsync("shop", Reports.Of(["iac", "secrets"], ("tf", "iac", "high")));

        Assert.Equal(0, bulwark.GetProperty("fixed").GetInt32());
        Assert.Equal(5, (await _server.GetAsync("/api/v1/findings?product=shop")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("{\"version\": \"2.0.0\", \"runs\": []}", "only 2.1.0")]
    [InlineData("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}}}]}", "runs[0].tool.driver.name")]
    [InlineData("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"x\"}}, \"results\": [{\"message\": {\"text\": \"m\"}}]}]}", "runs[0].results[0].ruleId")]
    public async Task Malformed_sarif_is_refused_with_the_place(string body, string expected)
    {
        var problem = await _server.UploadAsync("shop", body, HttpStatusCode.BadRequest);

        Assert.Contains(expected, problem.GetProperty("detail").GetString());
        Assert.Equal(0, (await _server.GetAsync("/api/v1/scans")).GetArrayLength());
    }

    [SharedSchemaFact]
    public async Task The_fixture_is_valid_sarif_by_the_official_schema()
    {
        var schema = await JsonSchema.FromFileAsync(SharedSchemaFactAttribute.Sarif!);

        Assert.Empty(schema.Validate(SarifFixtures.TwoTools));
    }

    private static string Without(string sarif, string ruleId)
    {
        using var document = JsonDocument.Parse(sarif);
        var runs = document.RootElement.GetProperty("runs").EnumerateArray().Select(run => new Dictionary<string, object?>
        {
            ["tool"] = run.GetProperty("tool"),
            ["results"] = run.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString() != ruleId).ToList(),
        });
        return JsonSerializer.Serialize(new Dictionary<string, object?> { ["version"] = "2.1.0", ["runs"] = runs });
    }
}
