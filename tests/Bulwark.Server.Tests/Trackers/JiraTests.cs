using System.Net;
using System.Text.Json.Nodes;

namespace Bulwark.Server.Tests.Trackers;

/// <summary>Findings pushed into JIRA (REST API v2 and v3): the issue as JIRA receives it, the link back, transitions, and the statuses pulled back.</summary>
public sealed class JiraTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    internal static async Task<long> IdOf(RunningServer server, string fingerprint) =>
        (await server.GetAsync("/api/v1/findings?pageSize=500")).GetProperty("items").EnumerateArray()
            .Single(f => f.GetProperty("fingerprint").GetString() == fingerprint).GetProperty("id").GetInt64();

    [Fact]
    public async Task A_v3_issue_gets_the_mapped_priority_the_labels_a_document_description_and_a_link_back()
    {
        await using var fake = await FakeTrackers.StartAsync();
        await using var server = await RunningServer.StartAsync(clock: new ManualClock(Start), trackers: TrackerSetup.Config(fake, TrackerSetup.Jira(fake, 3)));
        await server.UploadAsync("api", Reports.Of(["iac"], ("tf-open", "iac", "high"), ("tf-minor", "iac", "low")));
        var id = await IdOf(server, "tf-open");

        await server.RunTrackersAsync();

        var issue = Assert.Single(fake.JiraIssues);
        var url = $"{TrackerSetup.PublicUrl}ui/findings/{id}";
        Assert.Equal("[high] Finding tf-open (api)", issue.Fields["summary"]!.GetValue<string>());
        Assert.Equal("High", issue.Fields["priority"]!["name"]!.GetValue<string>());
        Assert.Equal("Bug", issue.Fields["issuetype"]!["name"]!.GetValue<string>());
        Assert.Equal(["security", "bulwark", "iac-rule-0", $"bulwark-finding-{id}"], issue.Fields["labels"]!.AsArray().Select(l => l!.GetValue<string>()));
        var description = issue.Fields["description"]!;
        Assert.Equal("doc", description["type"]!.GetValue<string>());
        Assert.Contains($"\"marks\":[{{\"type\":\"link\",\"attrs\":{{\"href\":\"{url}\"}}}}]", description.ToJsonString());
        Assert.Contains("\"text\":\"what is wrong with tf-open\"", description.ToJsonString());
        var link = Assert.Single(issue.RemoteLinks);
        Assert.Equal(url, link["object"]!["url"]!.GetValue<string>());
        Assert.StartsWith("Basic ", fake.Requests.First(r => r.Path.EndsWith("/issue", StringComparison.Ordinal)).Authorization);

        using var browser = await UiClient.SignedInAsync(server, server.Token!);
        Assert.Contains($"<a href=\"{fake.Base}/jira/browse/SEC-1\" rel=\"noreferrer\">SEC-1</a>", await browser.PageAsync($"/ui/findings/{id}"));
    }

    [Fact]
    public async Task A_v2_issue_gets_a_plain_text_description_with_the_link_and_a_bearer_token()
    {
        await using var fake = await FakeTrackers.StartAsync();
        await using var server = await RunningServer.StartAsync(clock: new ManualClock(Start), trackers: TrackerSetup.Config(fake, TrackerSetup.Jira(fake, 2)));
        await server.UploadAsync("api", Reports.Of(["iac"], ("tf-open", "iac", "critical")));
        var id = await IdOf(server, "tf-open");

        await server.RunTrackersAsync();

        var issue = Assert.Single(fake.JiraIssues);
        Assert.Equal("Highest", issue.Fields["priority"]!["name"]!.GetValue<string>());
        var description = issue.Fields["description"]!.GetValue<string>();
        Assert.StartsWith("what is wrong with tf-open", description);
        Assert.Contains($"[Finding #{id} in Bulwark|{TrackerSetup.PublicUrl}ui/findings/{id}]", description);
        Assert.All(fake.Requests, r => Assert.Equal($"Bearer {fake.Token}", r.Authorization));
        Assert.Contains(fake.Requests, r => r.Path == "/jira/rest/api/2/issue/SEC-1/remotelink");
    }

    [Fact]
    public async Task A_fixed_finding_moves_its_issue_to_done_and_an_accepted_one_to_wont_do()
    {
        await using var fake = await FakeTrackers.StartAsync();
        var clock = new ManualClock(Start);
        await using var server = await RunningServer.StartAsync(clock: clock, trackers: TrackerSetup.Config(fake, TrackerSetup.Jira(fake, 3)));
        await server.UploadAsync("api", Reports.Of(["iac"], ("kept", "iac", "high"), ("gone", "iac", "high")));
        await server.RunTrackersAsync();
        var (kept, gone) = (await IdOf(server, "kept"), await IdOf(server, "gone"));
        var keys = fake.JiraIssues.ToDictionary(i => i.Fields["labels"]!.AsArray().Last()!.GetValue<string>(), i => i.Key);

        await server.UploadAsync("api", Reports.Of(["iac"], ("kept", "iac", "high")));
        var asked = await server.PostJsonAsync($"/api/v1/findings/{kept}/state", new { state = "risk-accepted", reason = "behind the VPN until the rewrite", until = Start.AddDays(90) }, HttpStatusCode.Accepted);
        await Changes.PersonTokens.ApproveAsync(server, asked.GetProperty("id").GetInt64());
        await server.RunTrackersAsync();

        Assert.Equal("Done", fake.Jira(keys[$"bulwark-finding-{gone}"]).Status);
        Assert.Equal("Won't Do", fake.Jira(keys[$"bulwark-finding-{kept}"]).Status);
        Assert.Equal(2, fake.JiraIssues.Count);
    }

    [Fact]
    public async Task Pulled_statuses_are_recorded_and_only_the_mapped_safe_one_changes_a_finding()
    {
        await using var fake = await FakeTrackers.StartAsync();
        var clock = new ManualClock(Start);
        await using var server = await RunningServer.StartAsync(clock: clock, trackers: TrackerSetup.Config(fake, TrackerSetup.Jira(fake, 3)));
        await server.UploadAsync("api", Reports.Of(["iac"], ("worked-on", "iac", "high"), ("closed-in-jira", "iac", "high")));
        await server.RunTrackersAsync();
        var (worked, closed) = (await IdOf(server, "worked-on"), await IdOf(server, "closed-in-jira"));
        fake.SetJiraStatus("SEC-1", "In Progress");
        fake.SetJiraStatus("SEC-2", "Won't Do");

        clock.Advance(TimeSpan.FromMinutes(16));
        await server.RunTrackersAsync();

        var confirmed = await server.GetAsync($"/api/v1/findings/{worked}");
        Assert.Equal("confirmed", confirmed.GetProperty("finding").GetProperty("state").GetString());
        var step = confirmed.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("tracker:jira", step.GetProperty("actor").GetString());
        Assert.Equal("SEC-1 is 'In Progress' in jira", step.GetProperty("reason").GetString());
        Assert.Equal("open", (await server.GetAsync($"/api/v1/findings/{closed}")).GetProperty("finding").GetProperty("state").GetString());
        using var browser = await UiClient.SignedInAsync(server, server.Token!);
        Assert.Contains("SEC-2</a> · Won&#x27;t Do (as of", await browser.PageAsync($"/ui/findings/{closed}"));
        var searches = fake.Requests.Where(r => r.Path == "/jira/rest/api/3/search/jql").Select(r => JsonNode.Parse(r.Body)!["jql"]!.GetValue<string>()).ToList();
        // One pull right after the issues were made (nothing to apply), one when the interval had passed.
        Assert.Equal(["key in (SEC-1,SEC-2)", "key in (SEC-1,SEC-2)"], searches);
    }

    [Fact]
    public async Task The_pull_waits_for_its_interval_and_a_person_moving_the_finding_back_is_not_overruled()
    {
        await using var fake = await FakeTrackers.StartAsync();
        var clock = new ManualClock(Start);
        await using var server = await RunningServer.StartAsync(clock: clock, trackers: TrackerSetup.Config(fake, TrackerSetup.Jira(fake, 3)));
        await server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high")));
        await server.RunTrackersAsync();
        var id = await IdOf(server, "a");
        fake.SetJiraStatus("SEC-1", "In Progress");
        clock.Advance(TimeSpan.FromMinutes(16));
        await server.RunTrackersAsync();
        await server.PostJsonAsync($"/api/v1/findings/{id}/state", new { state = "open", reason = "not yet looked at after all" });

        clock.Advance(TimeSpan.FromMinutes(5));
        await server.RunTrackersAsync();
        var searchesBefore = fake.Requests.Count(r => r.Path.EndsWith("/search/jql", StringComparison.Ordinal));
        clock.Advance(TimeSpan.FromMinutes(16));
        await server.RunTrackersAsync();

        Assert.Equal(2, searchesBefore);
        Assert.Equal(3, fake.Requests.Count(r => r.Path.EndsWith("/search/jql", StringComparison.Ordinal)));
        Assert.Equal("open", (await server.GetAsync($"/api/v1/findings/{id}")).GetProperty("finding").GetProperty("state").GetString());
    }
}
