namespace Bulwark.Server.Tests.Trackers;

/// <summary>Two servers on one PostgreSQL database share the trackers' queue: each thing is queued once and sent once.</summary>
public sealed class TrackerPostgresTests
{
    [PostgresFact]
    public async Task Two_servers_sweeping_and_sending_at_once_make_one_issue_per_finding_and_close_each_once()
    {
        await using var fake = await FakeTrackers.StartAsync();
        var database = Postgres.NewDatabase();
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var config = TrackerSetup.Config(fake, TrackerSetup.Jira(fake, 2), TrackerSetup.Webhook(fake));
        await using var a = await RunningServer.StartAsync(database: database, clock: clock, trackers: config);
        await using var b = await RunningServer.StartAsync(database: database, clock: clock, trackers: config);
        var findings = Enumerable.Range(0, 30).Select(i => ($"f{i}", "iac", "high")).ToArray();
        await a.UploadAsync("api", Reports.Of(["iac"], findings));

        await Task.WhenAll(a.RunTrackersAsync(), b.RunTrackersAsync(), a.RunTrackersAsync(), b.RunTrackersAsync());
        await a.UploadAsync("api", Reports.Of(["iac"], findings[..10]));
        await Task.WhenAll(a.RunTrackersAsync(), b.RunTrackersAsync());
        Assert.Equal(30, fake.JiraIssues.Count);
        Assert.Equal(30, fake.Requests.Count(r => r.Method == "POST" && r.Path == "/jira/rest/api/2/issue"));
        Assert.Equal(20, fake.JiraIssues.Count(i => i.Status == "Done"));
        Assert.Equal(20, fake.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/transitions", StringComparison.Ordinal)));
        Assert.Equal(30, fake.Webhooks.Count(w => w.Headers["X-Bulwark-Event"] == "finding.new"));
        Assert.Equal(20, fake.Webhooks.Count(w => w.Headers["X-Bulwark-Event"] == "finding.fixed"));
        Assert.Equal(50, fake.Webhooks.Select(w => w.Headers["X-Bulwark-Delivery"]).Distinct().Count());
    }
}
