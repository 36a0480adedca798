using System.Net;

namespace Bulwark.Server.Tests;

/// <summary>Starting on an empty data directory, and again on the same one.</summary>
public sealed class StartTests
{
    [Fact]
    public async Task The_first_start_prints_a_token_once_and_a_restart_keeps_the_data_and_the_token()
    {
        string directory;
        string token;
        await using (var first = await RunningServer.StartAsync(keep: true))
        {
            Assert.NotNull(first.Token);
            Assert.Contains("shown once", first.Output);
            (directory, token) = (first.DataDirectory, first.Token!);
            await first.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high")));
            Assert.True(File.Exists(Path.Combine(directory, "bulwark.db")));
        }

        await using var second = await RunningServer.StartAsync(directory);

        Assert.Null(second.Token);
        Assert.DoesNotContain(token, second.Output);
        second.Client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(1, (await second.GetAsync("/api/v1/findings")).GetProperty("total").GetInt32());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task The_api_is_described_by_an_openapi_document()
    {
        await using var server = await RunningServer.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = server.Client.BaseAddress };

        using var document = System.Text.Json.JsonDocument.Parse(await anonymous.GetStringAsync("/api/v1/openapi.json"));

        var root = document.RootElement;
        Assert.StartsWith("3.", root.GetProperty("openapi").GetString());
        Assert.Equal("Bulwark server API", root.GetProperty("info").GetProperty("title").GetString());
        var paths = root.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/scans", paths);
        Assert.Contains("/api/v1/findings", paths);
        Assert.Contains("/api/v1/findings/{id}/state", paths);
        var list = root.GetProperty("paths").GetProperty("/api/v1/findings").GetProperty("get");
        Assert.Contains(list.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "sla");
    }

    [Fact]
    public async Task Metrics_count_this_process_and_the_findings_in_the_database()
    {
        await using var server = await RunningServer.StartAsync();
        await server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high"), ("b", "iac", "high"), ("c", "iac", "low")));
        await server.UploadAsync("api", "{\"findings\": 7}", HttpStatusCode.BadRequest);
        using var anonymous = new HttpClient { BaseAddress = server.Client.BaseAddress };
        using var refused = await anonymous.GetAsync("/metrics");

        var metrics = await server.Client.GetStringAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("bulwark_scans_imported_total 1\n", metrics);
        Assert.Contains("bulwark_findings_imported_total 3\n", metrics);
        Assert.Contains("bulwark_uploads_refused_total 1\n", metrics);
        Assert.Contains("bulwark_findings{state=\"open\",severity=\"high\"} 2\n", metrics);
        Assert.Contains("# TYPE bulwark_findings gauge", metrics);
        Assert.Contains("bulwark_findings_sla_breached 0\n", metrics);
    }

    [Fact]
    public async Task Health_and_readiness_answer_without_a_token()
    {
        await using var server = await RunningServer.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = server.Client.BaseAddress };

        Assert.Equal("ok\n", await anonymous.GetStringAsync("/healthz"));
        Assert.Equal("ready\n", await anonymous.GetStringAsync("/readyz"));
        using var missing = await anonymous.GetAsync("/api/v1/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
