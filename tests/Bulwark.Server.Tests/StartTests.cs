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
