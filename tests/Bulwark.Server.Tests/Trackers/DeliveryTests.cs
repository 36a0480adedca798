using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Tests.Trackers;

/// <summary>Nothing is lost when a tracker is down, nothing is sent twice, refusals become dead letters people can retry, and no token leaks.</summary>
public sealed class DeliveryTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static int Creates(FakeTrackers fake) => fake.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/issue", StringComparison.Ordinal));

    [Fact]
    public async Task A_tracker_answering_503_gets_the_issue_once_when_it_is_back()
    {
        await using var fake = await FakeTrackers.StartAsync();
        var clock = new ManualClock(Start);
        await using var server = await RunningServer.StartAsync(clock: clock, trackers: TrackerSetup.Config(fake, TrackerSetup.Jira(fake, 3)));
        await server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high")));
        fake.Down = true;

        await server.RunTrackersAsync();
        var waiting = Assert.Single((await server.GetAsync("/api/v1/deliveries?state=pending")).EnumerateArray());
        await server.RunTrackersAsync();
        var triedWhileDown = Creates(fake);
        fake.Down = false;
        clock.Advance(TimeSpan.FromHours(1));
        await server.RunTrackersAsync();
        await server.RunTrackersAsync();

        Assert.Equal(1, triedWhileDown);
        Assert.Contains("503", waiting.GetProperty("lastError").GetString());
        Assert.Equal(1, waiting.GetProperty("attempts").GetInt32());
        Assert.Single(fake.JiraIssues);
        Assert.Equal(2, Creates(fake));
        Assert.Single((await server.GetAsync("/api/v1/deliveries?state=delivered")).EnumerateArray());
        Assert.Empty((await server.GetAsync("/api/v1/deliveries?state=pending")).EnumerateArray());
    }

    [Fact]
    public async Task A_tracker_not_listening_yet_gets_the_issue_and_the_later_transition_once_it_starts()
    {
        var port = FakeTrackers.FreePort();
        var clock = new ManualClock(Start);
        var address = FakeTrackers.At(port);
        var config = TrackerSetup.Config(address, TrackerSetup.Jira(address, 3));
        await using var server = await RunningServer.StartAsync(clock: clock, trackers: config);
        await server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high")));
        await server.RunTrackersAsync();
        await server.UploadAsync("api", Reports.Of(["iac"]));
        clock.Advance(TimeSpan.FromMinutes(11));
        await server.RunTrackersAsync();
        var queued = (await server.GetAsync("/api/v1/deliveries?state=pending")).EnumerateArray().Select(d => d.GetProperty("action").GetString()).ToList();

        await using var fake = await FakeTrackers.StartAsync(port);
        clock.Advance(TimeSpan.FromHours(1));
        await server.RunTrackersAsync();
        await server.RunTrackersAsync();

        Assert.Equal(["fixed", "create"], queued);
        var issue = Assert.Single(fake.JiraIssues);
        Assert.Equal("Done", issue.Status);
        Assert.Empty((await server.GetAsync("/api/v1/deliveries?state=pending")).EnumerateArray());
    }

    [Fact]
    public async Task A_permanent_refusal_is_a_dead_letter_shown_to_administrators_and_retried_from_the_page()
    {
        await using var fake = await FakeTrackers.StartAsync();
        var clock = new ManualClock(Start);
        await using var server = await RunningServer.StartAsync(clock: clock, trackers: TrackerSetup.Config(fake, TrackerSetup.Jira(fake, 3)));
        await server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high")));
        fake.RefuseCreate = 400;
        await server.RunTrackersAsync();

        var dead = Assert.Single((await server.GetAsync("/api/v1/deliveries?state=dead")).EnumerateArray());
        using var admin = await UiClient.SignedInAsync(server, server.Token!);
        var page = await admin.PageAsync("/ui/deliveries");
        using var reader = await UiClient.SignedInAsync(server, await server.AddTokenAsync("viewer", "read"));
        await reader.PageAsync("/ui/deliveries", HttpStatusCode.Forbidden);
        var readerApi = new HttpClient { BaseAddress = server.Client.BaseAddress };
        readerApi.DefaultRequestHeaders.Authorization = new("Bearer", await server.AddTokenAsync("viewer-api", "read"));
        using var forbidden = await readerApi.GetAsync("/api/v1/deliveries?state=dead");
        fake.RefuseCreate = null;
        using var retried = await admin.PostFormAsync($"/ui/deliveries/{dead.GetProperty("id").GetInt64()}/retry", "/ui/deliveries", []);
        await server.RunTrackersAsync();

        Assert.Equal(2, Creates(fake));
        Assert.Contains("400", dead.GetProperty("lastError").GetString());
        Assert.Contains("Specify a valid priority", page);
        Assert.Contains($"action=\"/ui/deliveries/{dead.GetProperty("id").GetInt64()}/retry\"", page);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Single(fake.JiraIssues);
        Assert.Empty((await server.GetAsync("/api/v1/deliveries?state=dead")).EnumerateArray());
    }

    [Fact]
    public async Task The_api_retries_only_dead_deliveries_and_counts_them_in_the_metrics()
    {
        await using var fake = await FakeTrackers.StartAsync();
        await using var server = await RunningServer.StartAsync(clock: new ManualClock(Start), trackers: TrackerSetup.Config(fake, TrackerSetup.Jira(fake, 3)));
        await server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high"), ("b", "iac", "critical")));
        fake.RefuseCreate = 403;
        await server.RunTrackersAsync();
        var metrics = await server.Client.GetStringAsync("/metrics");
        var ids = (await server.GetAsync("/api/v1/deliveries?state=dead")).EnumerateArray().Select(d => d.GetProperty("id").GetInt64()).ToList();

        var retried = await server.PostJsonAsync($"/api/v1/deliveries/{ids[0]}/retry", new { });
        await server.PostJsonAsync($"/api/v1/deliveries/{ids[0]}/retry", new { }, HttpStatusCode.Conflict);
        await server.PostJsonAsync("/api/v1/deliveries/999999/retry", new { }, HttpStatusCode.NotFound);

        Assert.Contains("bulwark_tracker_deliveries{state=\"dead\"} 2", metrics);
        Assert.Contains("bulwark_tracker_deliveries{state=\"pending\"} 0", metrics);
        Assert.Equal(("pending", 0), (retried.GetProperty("state").GetString(), retried.GetProperty("attempts").GetInt32()));
        Assert.Contains("bulwark_tracker_deliveries{state=\"pending\"} 1", await server.Client.GetStringAsync("/metrics"));
    }

    [Fact]
    public async Task Sweeping_again_and_again_makes_one_issue_per_finding()
    {
        await using var fake = await FakeTrackers.StartAsync();
        var clock = new ManualClock(Start);
        await using var server = await RunningServer.StartAsync(clock: clock, trackers: TrackerSetup.Config(fake, TrackerSetup.Jira(fake, 3)));
        await server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high"), ("b", "iac", "high")));

        await Task.WhenAll(server.RunTrackersAsync(), server.RunTrackersAsync());
        await server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high"), ("b", "iac", "high")));
        clock.Advance(TimeSpan.FromMinutes(30));
        await server.RunTrackersAsync();
        await server.RunTrackersAsync();

        Assert.Equal(2, fake.JiraIssues.Count);
        await using var store = server.OpenStore();
        Assert.Equal(2, await store.TrackerDeliveries.CountAsync());
        Assert.Equal(2, await store.TrackerLinks.CountAsync());
    }

    [Fact]
    public async Task A_token_echoed_back_by_a_failing_tracker_is_in_no_log_and_no_stored_error()
    {
        await using var fake = await FakeTrackers.StartAsync();
        fake.EchoCredentials = true;
        var logs = new CapturedLogs();
        var clock = new ManualClock(Start);
        await using var server = await RunningServer.StartAsync(clock: clock, trackers: TrackerSetup.Config(fake, TrackerSetup.Jira(fake, 3)), logs: logs);
        await server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high")));
        fake.Down = true;

        await server.RunTrackersAsync();

        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeTrackers.JiraUser}:{fake.Token}"));
        var error = (await server.GetAsync("/api/v1/deliveries?state=pending"))[0].GetProperty("lastError").GetString()!;
        Assert.Contains("you sent Basic [redacted]", error);
        Assert.Contains("delivery", logs.Text);
        Assert.Contains("[redacted]", logs.Text);
        foreach (var secret in new[] { fake.Token, basic })
        {
            Assert.DoesNotContain(secret, error);
            Assert.DoesNotContain(secret, logs.Text);
            Assert.DoesNotContain(secret, server.Output);
        }
    }

    [Fact]
    public async Task The_background_loop_sends_without_being_asked()
    {
        await using var fake = await FakeTrackers.StartAsync();
        var json = System.Text.Json.JsonSerializer.Serialize(new { publicUrl = TrackerSetup.PublicUrl, sweepSeconds = 1, trackers = new[] { TrackerSetup.Webhook(fake) } });
        var config = global::Bulwark.Server.Trackers.TrackerConfig.Parse(json, "trackers.json", name => name == "TEST_HOOK_SECRET" ? fake.Secret : null).Value!;
        await using var server = await RunningServer.StartAsync(trackers: config);
        await server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high")));

        // Waits for the loop's rounds (a second apart), for as long as a loaded machine may need; the outcome is what is checked.
        for (var waited = 0; fake.Webhooks.Count == 0 && waited < 600; waited++)
        {
            await Task.Delay(100);
        }

        Assert.Equal("finding.new", Assert.Single(fake.Webhooks).Headers["X-Bulwark-Event"]);
    }

    [Fact]
    public async Task An_issue_made_by_an_attempt_whose_answer_was_lost_is_found_and_linked_not_made_again()
    {
        await using var fake = await FakeTrackers.StartAsync();
        var clock = new ManualClock(Start);
        await using var server = await RunningServer.StartAsync(clock: clock, trackers: TrackerSetup.Config(fake, TrackerSetup.Jira(fake, 3)));
        await server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high")));
        var id = await JiraTests.IdOf(server, "a");
        fake.LoseCreateAnswer = true;
        await server.RunTrackersAsync();
        fake.LoseCreateAnswer = false;

        clock.Advance(TimeSpan.FromHours(1));
        await server.RunTrackersAsync();

        var issue = Assert.Single(fake.JiraIssues);
        Assert.Equal(1, Creates(fake));
        Assert.Single(issue.RemoteLinks);
        Assert.Contains(fake.Requests, r => r.Path == "/jira/rest/api/3/search/jql"
            && System.Text.Json.Nodes.JsonNode.Parse(r.Body)!["jql"]!.GetValue<string>() == $"project = \"SEC\" AND labels = \"bulwark-finding-{id}\"");
        await using var store = server.OpenStore();
        Assert.Equal("SEC-1", (await store.TrackerLinks.SingleAsync()).ExternalKey);
    }
}
