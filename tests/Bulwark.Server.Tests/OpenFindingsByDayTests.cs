using System.Text.RegularExpressions;
using Bulwark.Server.Findings;

namespace Bulwark.Server.Tests;

/// <summary>
/// The dashboard chart's rule, on a clock the test moves: a finding is open on a day when, at that day's end, it had been
/// seen and was open, confirmed or reopened; fixes, judgements and reopenings count from when they were recorded.
/// </summary>
public sealed partial class OpenFindingsByDayTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(clock: _clock);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static string Counts(OpenFindingsByDay.Day day) => $"{day.Date:MM-dd} c{day.Open[4]} h{day.Open[3]} m{day.Open[2]} l{day.Open[1]}";

    [Fact]
    public async Task Each_day_counts_what_was_open_at_its_end()
    {
        // 1 Nov: a critical, a high and a low finding.
        await _server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "critical"), ("b", "iac", "high"), ("c", "iac", "low")));
        // 3 Nov: the high one is gone (fixed).
        _clock.Advance(TimeSpan.FromDays(2));
        await _server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "critical"), ("c", "iac", "low")));
        // 4 Nov: the low one is judged a false positive.
        _clock.Advance(TimeSpan.FromDays(1));
        var low = (await _server.GetAsync("/api/v1/findings?product=api")).GetProperty("items").EnumerateArray()
            .Single(f => f.GetProperty("fingerprint").GetString() == "c").GetProperty("id").GetInt64();
        await _server.PostJsonAsync($"/api/v1/findings/{low}/state", new { state = "false-positive", reason = "test data" });
        // 5 Nov: the high one is back (reopened); the low one stays judged.
        _clock.Advance(TimeSpan.FromDays(1));
        await _server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "critical"), ("b", "iac", "high"), ("c", "iac", "low")));
        // 6 Nov: a new high one.
        _clock.Advance(TimeSpan.FromDays(1));
        await _server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "critical"), ("b", "iac", "high"), ("c", "iac", "low"), ("d", "iac", "high")));

        await using var store = _server.OpenStore();
        var days = await OpenFindingsByDay.ReadAsync(store, null, _clock.Now, 7, CancellationToken.None);

        Assert.Equal(
            ["10-31 c0 h0 m0 l0", "11-01 c1 h1 m0 l1", "11-02 c1 h1 m0 l1", "11-03 c1 h0 m0 l1", "11-04 c1 h0 m0 l0", "11-05 c1 h1 m0 l0", "11-06 c1 h2 m0 l0"],
            days.Select(Counts));
    }

    [Fact]
    public async Task The_dashboard_table_holds_the_same_numbers_for_thirty_days()
    {
        await _server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "critical"), ("b", "iac", "medium")));
        _clock.Advance(TimeSpan.FromDays(1));
        await _server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "critical")));
        using var browser = await UiClient.SignedInAsync(_server, _server.Token!);

        var page = await browser.PageAsync("/ui");

        var rows = TableRow().Matches(page).Select(m => $"{m.Groups[1].Value}: {Regex.Replace(m.Groups[2].Value, "<[^>]+>", " ").Trim()}").ToList();
        Assert.Equal(30, rows.Count);
        Assert.Equal("2026-11-02: 1  0  0  0  0  1", rows[0]);
        Assert.Equal("2026-11-01: 1  0  1  0  0  2", rows[1]);
        Assert.Equal("2026-10-31: 0  0  0  0  0  0", rows[2]);
    }

    [GeneratedRegex("<tr><th scope=\"row\">(\\d{4}-\\d\\d-\\d\\d)</th>(.*?)</tr>")]
    private static partial Regex TableRow();
}
