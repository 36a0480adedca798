using System.Net;
using System.Text.Json;

namespace Bulwark.Server.Tests.Trackers;

/// <summary>GitHub issues opened and closed with the right reason; webhook events signed so the receiver can tell them genuine.</summary>
public sealed class GitHubAndWebhookTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_github_issue_is_opened_then_closed_as_completed_when_fixed_and_as_not_planned_when_a_false_positive()
    {
        await using var fake = await FakeTrackers.StartAsync();
        await using var server = await RunningServer.StartAsync(clock: new ManualClock(Start), trackers: TrackerSetup.Config(fake, TrackerSetup.GitHub(fake)));
        await server.UploadAsync("shop", Reports.Of(["iac"], ("fixed-later", "iac", "medium"), ("wrong", "iac", "high"), ("too-low", "iac", "low")));
        await server.RunTrackersAsync();
        var wrong = await JiraTests.IdOf(server, "wrong");

        await server.UploadAsync("shop", Reports.Of(["iac"], ("wrong", "iac", "high"), ("too-low", "iac", "low")));
        // A false positive on a high finding takes a second person's approval (the four-eye rule).
        var asked = await server.PostJsonAsync($"/api/v1/findings/{wrong}/state", new { state = "false-positive", reason = "test fixture, not deployed" }, HttpStatusCode.Accepted);
        await Changes.PersonTokens.ApproveAsync(server, asked.GetProperty("id").GetInt64());
        await server.RunTrackersAsync();

        Assert.Equal(2, fake.GitHubIssues.Count);
        var create = fake.Requests.First(r => r.Method == "POST");
        Assert.Equal("/github/repos/acme/shop/issues", create.Path);
        Assert.Equal($"Bearer {fake.Token}", create.Authorization);
        Assert.Contains("application/vnd.github+json", create.Accept);
        Assert.Equal("2022-11-28", create.Headers["X-GitHub-Api-Version"]);
        var byTitle = fake.GitHubIssues.ToDictionary(i => i.Body["title"]!.GetValue<string>());
        Assert.Contains($"({TrackerSetup.PublicUrl}ui/findings/{wrong})", byTitle["[high] Finding wrong (shop)"].Body["body"]!.GetValue<string>());
        Assert.Equal(("closed", "completed"), (byTitle["[medium] Finding fixed-later (shop)"].State, byTitle["[medium] Finding fixed-later (shop)"].StateReason));
        Assert.Equal(("closed", "not_planned"), (byTitle["[high] Finding wrong (shop)"].State, byTitle["[high] Finding wrong (shop)"].StateReason));
    }

    [Fact]
    public async Task A_fixed_finding_seen_again_reopens_its_github_issue()
    {
        await using var fake = await FakeTrackers.StartAsync();
        await using var server = await RunningServer.StartAsync(clock: new ManualClock(Start), trackers: TrackerSetup.Config(fake, TrackerSetup.GitHub(fake)));
        await server.UploadAsync("shop", Reports.Of(["iac"], ("flaky", "iac", "high")));
        await server.RunTrackersAsync();
        await server.UploadAsync("shop", Reports.Of(["iac"]));
        await server.RunTrackersAsync();
        await server.UploadAsync("shop", Reports.Of(["iac"], ("flaky", "iac", "high")));

        await server.RunTrackersAsync();

        var issue = Assert.Single(fake.GitHubIssues);
        Assert.Equal(("open", "reopened"), (issue.State, issue.StateReason));
        Assert.Equal(2, fake.Requests.Count(r => r.Method == "PATCH"));
    }

    [Fact]
    public async Task Webhook_events_carry_the_finding_and_a_signature_the_receiver_verifies_with_the_secret()
    {
        await using var fake = await FakeTrackers.StartAsync();
        await using var server = await RunningServer.StartAsync(clock: new ManualClock(Start), trackers: TrackerSetup.Config(fake, TrackerSetup.Webhook(fake)));
        await server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "medium")));
        await server.UploadAsync("other", Reports.Of(["iac"], ("elsewhere", "iac", "critical")));
        await server.RunTrackersAsync();
        var id = await JiraTests.IdOf(server, "a");
        await server.PostJsonAsync($"/api/v1/findings/{id}/state", new { state = "confirmed", reason = "reproduced" });

        await server.RunTrackersAsync();

        Assert.Equal(["finding.new", "finding.confirmed"], fake.Webhooks.Select(w => w.Headers["X-Bulwark-Event"]));
        Assert.Equal(2, fake.Webhooks.Select(w => w.Headers["X-Bulwark-Delivery"]).Distinct().Count());
        using var first = JsonDocument.Parse(fake.Webhooks[0].Body);
        var finding = first.RootElement.GetProperty("finding");
        Assert.Equal("finding.new", first.RootElement.GetProperty("event").GetString());
        Assert.Equal(id, finding.GetProperty("id").GetInt64());
        Assert.Equal(("api", "iac/rule-0", "medium", "open"), (finding.GetProperty("product").GetString(), finding.GetProperty("rule").GetString(), finding.GetProperty("severity").GetString(), finding.GetProperty("state").GetString()));
        Assert.Equal("src/file0.tf:1", finding.GetProperty("location").GetString());
        Assert.Equal($"{TrackerSetup.PublicUrl}ui/findings/{id}", finding.GetProperty("url").GetString());
        Assert.Equal("reproduced", JsonDocument.Parse(fake.Webhooks[1].Body).RootElement.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_webhook_signed_with_the_wrong_secret_is_refused_by_the_receiver_and_becomes_a_dead_letter()
    {
        await using var fake = await FakeTrackers.StartAsync();
        await using var server = await RunningServer.StartAsync(clock: new ManualClock(Start), trackers: TrackerSetup.Config(fake, TrackerSetup.Webhook(fake, "TEST_WRONG_SECRET")));
        await server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "medium")));

        await server.RunTrackersAsync();

        Assert.Empty(fake.Webhooks);
        var dead = Assert.Single((await server.GetAsync("/api/v1/deliveries?state=dead")).EnumerateArray());
        Assert.Contains("401", dead.GetProperty("lastError").GetString());
    }

    [Fact]
    public async Task A_webhook_retried_after_an_outage_repeats_the_same_delivery_id_body_and_signature()
    {
        await using var fake = await FakeTrackers.StartAsync();
        var clock = new ManualClock(Start);
        await using var server = await RunningServer.StartAsync(clock: clock, trackers: TrackerSetup.Config(fake, TrackerSetup.Webhook(fake)));
        await server.UploadAsync("pay-eu", Reports.Of(["iac"], ("a", "iac", "high")));
        fake.Down = true;
        await server.RunTrackersAsync();
        fake.Down = false;

        clock.Advance(TimeSpan.FromHours(1));
        await server.RunTrackersAsync();

        var sent = fake.Requests.Where(r => r.Path == "/hook").ToList();
        Assert.Equal(2, sent.Count);
        Assert.Single(fake.Webhooks);
        Assert.Equal(sent[0].Body, sent[1].Body);
        Assert.Equal(sent[0].Headers["X-Bulwark-Delivery"], sent[1].Headers["X-Bulwark-Delivery"]);
        Assert.Equal(sent[0].Headers["X-Bulwark-Signature"], sent[1].Headers["X-Bulwark-Signature"]);
    }
}
