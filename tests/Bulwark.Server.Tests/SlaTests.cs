using System.Net.Http.Json;
using System.Net;
using System.Text.Json;

namespace Bulwark.Server.Tests;

/// <summary>Due dates from the SLA policy, breached and soon-due findings, and time to fix, with a clock the test moves.</summary>
public sealed class SlaTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
    private RunningServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await RunningServer.StartAsync(clock: _clock);
        await _server.UploadAsync("api", Reports.Of(["iac"], ("c", "iac", "critical"), ("h", "iac", "high"), ("m", "iac", "medium"), ("l", "iac", "low"), ("i", "iac", "info")));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<string[]> Fingerprints(string query) =>
        [.. (await _server.GetAsync("/api/v1/findings?" + query)).GetProperty("items").EnumerateArray().Select(f => f.GetProperty("fingerprint").GetString()!).Order()];

    private async Task<JsonElement> Finding(string fingerprint) =>
        (await _server.GetAsync("/api/v1/findings?pageSize=500")).GetProperty("items").EnumerateArray().Single(f => f.GetProperty("fingerprint").GetString() == fingerprint);

    [Fact]
    public async Task Findings_are_due_by_severity_and_breach_when_the_days_run_out()
    {
        var critical = await Finding("c");
        Assert.Equal(new DateTimeOffset(2026, 11, 8, 9, 0, 0, TimeSpan.Zero), critical.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("on-time", critical.GetProperty("sla").GetString());
        Assert.Equal(JsonValueKind.Null, (await Finding("i")).GetProperty("sla").ValueKind);

        _clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal(["c"], await Fingerprints("sla=breached"));
        Assert.Equal(["h", "l", "m"], await Fingerprints("sla=on-time"));

        _clock.Advance(TimeSpan.FromDays(17));
        // Day 25: high (30 days) is due within a week.
        Assert.Equal(["h"], await Fingerprints("sla=soon-due"));
        Assert.Equal("soon-due", (await Finding("h")).GetProperty("sla").GetString());
        await _server.GetAsync("/api/v1/findings?sla=late", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Judged_and_fixed_findings_have_no_clock_and_fixing_time_is_counted()
    {
        _clock.Advance(TimeSpan.FromDays(12));
        // The high finding is fixed on day 12; the critical one is judged a false positive.
        await _server.UploadAsync("api", Reports.Of(["iac"], ("c", "iac", "critical"), ("m", "iac", "medium"), ("l", "iac", "low"), ("i", "iac", "info")));
        var id = (await Finding("c")).GetProperty("id").GetInt64();
        // A false positive on a critical finding is a change request; a second person approves it.
        var request = await _server.PostJsonAsync($"/api/v1/findings/{id}/state", new { state = "false-positive", reason = "test data" }, HttpStatusCode.Accepted);
        using var approver = await Changes.PersonTokens.ApproverAsync(_server);
        using var approved = await approver.PostAsJsonAsync($"/api/v1/changes/{request.GetProperty("id")}/approve", new { reason = "agreed" });
        await RunningServer.ReadAsync(approved, HttpStatusCode.OK);

        Assert.Empty(await Fingerprints("sla=breached"));
        var stats = await _server.GetAsync("/api/v1/products/api/stats");
        var high = stats.GetProperty("bySeverity").EnumerateArray().Single(s => s.GetProperty("severity").GetString() == "high");
        Assert.Equal((0, 1, 12.0, 12.0), (high.GetProperty("open").GetInt32(), high.GetProperty("fixed").GetInt32(), high.GetProperty("meanDaysToFix").GetDouble(), high.GetProperty("medianDaysToFix").GetDouble()));
        var criticalStats = stats.GetProperty("bySeverity").EnumerateArray().Single(s => s.GetProperty("severity").GetString() == "critical");
        Assert.Equal((0, 0), (criticalStats.GetProperty("open").GetInt32(), criticalStats.GetProperty("breached").GetInt32()));
    }

    [Fact]
    public async Task The_policy_is_kept_in_the_database_and_changes_the_due_dates()
    {
        Assert.Equal(7, (await _server.GetAsync("/api/v1/sla")).GetProperty("critical").GetInt32());
        using var set = await _server.Client.PutAsJsonAsync("/api/v1/sla", new { critical = 10, reason = "board decision 2026-11" });
        var request = await RunningServer.ReadAsync(set, HttpStatusCode.Accepted);
        Assert.Equal(7, (await _server.GetAsync("/api/v1/sla")).GetProperty("critical").GetInt32());
        using var approver = await Changes.PersonTokens.ApproverAsync(_server);
        using var approved = await approver.PostAsJsonAsync($"/api/v1/changes/{request.GetProperty("id")}/approve", new { reason = "as the board decided" });
        await RunningServer.ReadAsync(approved, HttpStatusCode.OK);
        var policy = await _server.GetAsync("/api/v1/sla");
        using var bad = await _server.Client.PutAsJsonAsync("/api/v1/sla", new { high = 0, reason = "typo" });
        using var noReason = await _server.Client.PutAsJsonAsync("/api/v1/sla", new { high = 20 });
        await RunningServer.ReadAsync(noReason, HttpStatusCode.BadRequest);
        await RunningServer.ReadAsync(bad, HttpStatusCode.BadRequest);

        _clock.Advance(TimeSpan.FromDays(8));

        Assert.Equal((10, 30), (policy.GetProperty("critical").GetInt32(), policy.GetProperty("high").GetInt32()));
        Assert.Equal(new DateTimeOffset(2026, 11, 11, 9, 0, 0, TimeSpan.Zero), (await Finding("c")).GetProperty("dueAt").GetDateTimeOffset());
        Assert.Empty(await Fingerprints("sla=breached"));
        Assert.Equal(["c"], await Fingerprints("sla=soon-due"));
        var stats = await _server.GetAsync("/api/v1/products/api/stats");
        Assert.Equal(10, stats.GetProperty("sla").GetProperty("critical").GetInt32());
    }
}
