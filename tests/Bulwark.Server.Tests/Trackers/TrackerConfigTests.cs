using Bulwark.Server.Trackers;

namespace Bulwark.Server.Tests.Trackers;

/// <summary>The trackers file: what a good one gives, and every mistake in a bad one named by its key, its secrets never shown.</summary>
public sealed class TrackerConfigTests
{
    private static readonly Dictionary<string, string> Environment = new() { ["JIRA_TOKEN"] = "s3cr3t-jira", ["HOOK_SECRET"] = "s3cr3t-hook" };

    private static Bulwark.Sdk.Created<TrackerConfig> Parse(string json) => TrackerConfig.Parse(json, "trackers.json", Environment.GetValueOrDefault);

    private static List<string> Problems(string json) => [.. Parse(json).Problems.Select(p => p.ToString())];

    [Fact]
    public void A_good_file_gives_each_tracker_its_rule_mapping_and_secret()
    {
        var config = Parse("""
            {
              // comments and trailing commas are allowed, as in the other config files
              "publicUrl": "https://bulwark.example.org/bulwark",
              "sweepSeconds": 120,
              "trackers": [
                { "name": "jira-sec", "kind": "jira", "url": "https://example.atlassian.net", "user": "bot@example.org", "tokenEnv": "JIRA_TOKEN",
                  "project": "SEC", "minSeverity": "medium", "products": ["payments-*", "web"], "priorities": { "critical": "Highest" },
                  "transitions": { "fixed": "Done" }, "statuses": { "In Progress": "confirmed" }, "pullMinutes": 5 },
                { "name": "hook", "kind": "webhook", "url": "https://hooks.example.org/in?no", "secretEnv": "HOOK_SECRET" },
              ],
            }
            """);

        Assert.Equal(["trackers.json: trackers[1].url: must be an http or https URL without a query, got 'https://hooks.example.org/in?no'"], config.Problems.Select(p => p.ToString()));
        var fixedUp = Parse("""
            { "publicUrl": "https://bulwark.example.org/bulwark", "maxAttempts": 3,
              "trackers": [ { "name": "jira-sec", "kind": "jira", "url": "https://example.atlassian.net", "tokenEnv": "JIRA_TOKEN", "project": "SEC",
                              "minSeverity": "medium", "products": ["payments-*", "web"], "priorities": { "critical": "Highest" }, "statuses": { "in progress": "confirmed" } },
                            { "name": "hook", "kind": "webhook", "url": "https://hooks.example.org/in", "secretEnv": "HOOK_SECRET" } ] }
            """).Value!;
        var jira = fixedUp.Trackers[0];
        Assert.Equal((TrackerKind.Jira, 3, "SEC", 2, "Bug"), (jira.Kind, jira.ApiVersion, jira.Project, jira.MinSeverity, jira.IssueType));
        Assert.True(jira.Products.Matches("payments-eu"));
        Assert.False(jira.Products.Matches("web-2"));
        Assert.Equal("Highest", jira.Priorities[4]);
        Assert.Equal(Store.Model.FindingState.Confirmed, jira.Statuses["In Progress"]);
        Assert.Equal(TimeSpan.FromMinutes(15), jira.PullInterval);
        Assert.Equal("s3cr3t-jira", jira.Secret.Value);
        Assert.Equal("[redacted]", $"{jira.Secret}");
        Assert.Equal("https://hooks.example.org/in", fixedUp.Trackers[1].Url.ToString());
        Assert.True(fixedUp.Trackers[1].Products.Matches("anything"));
        Assert.Equal(3, fixedUp.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(60), fixedUp.SweepInterval);
        Assert.Equal("https://bulwark.example.org/bulwark/ui/findings/7", fixedUp.FindingUrl(7));
    }

    [Fact]
    public void Every_mistake_is_named_by_its_key_at_once()
    {
        var problems = Problems("""
            { "publicUrl": "ftp://bulwark", "maxAttempts": 0, "tracker": [],
              "trackers": [
                { "name": "Jira Main", "kind": "jira", "url": "https://example.atlassian.net", "tokenEnv": "NOT_SET", "apiVersion": 4,
                  "priorities": { "urgent": "Highest" }, "transitions": { "closed": "Done" }, "statuses": { "Won't Do": "risk-accepted" }, "labels": ["two words"] },
                { "name": "gh", "kind": "github", "url": "https://api.github.com", "tokenEnv": "JIRA_TOKEN", "repo": "no-slash", "project": "SEC" },
                { "name": "gh", "kind": "gitlab", "url": "https://gitlab.example.org" },
                { "name": "hook", "kind": "webhook", "url": "https://hooks.example.org", "tokenEnv": "JIRA_TOKEN", "minSeverity": "severe" }
              ] }
            """);

        Assert.Equal(
        [
            "trackers.json: tracker: unknown key; known are publicUrl, sweepSeconds, maxAttempts, trackers",
            "trackers.json: publicUrl: must be an http or https URL without a query, got 'ftp://bulwark'",
            "trackers.json: maxAttempts: must be a whole number from 1 to 100",
            "trackers.json: trackers[0].name: must be lower-case letters, digits and dashes (jira-sec)",
            "trackers.json: trackers[0].tokenEnv: the environment variable NOT_SET is not set",
            "trackers.json: trackers[0].labels: a label cannot hold spaces",
            "trackers.json: trackers[0].apiVersion: must be 2 or 3 (JIRA's REST API version)",
            "trackers.json: trackers[0].project: is missing",
            "trackers.json: trackers[0].transitions.closed: is not an action; use fixed, risk-accepted, false-positive, reopened",
            "trackers.json: trackers[0].priorities.urgent: is not a severity; use critical, high, medium, low, info",
            "trackers.json: trackers[0].statuses.Won't Do: only 'confirmed' may be applied from a tracker: risk acceptance and false positive take a person's judgement in Bulwark",
            "trackers.json: trackers[1].project: unknown key; known are name, kind, url, minSeverity, products, tokenEnv, repo, labels",
            "trackers.json: trackers[1].repo: must be owner/name",
            "trackers.json: trackers[2].kind: 'gitlab' is not a tracker kind; use jira, github or webhook",
            "trackers.json: trackers[2].tokenEnv: is missing: name the environment variable that holds the secret (it is not written in the file)",
            "trackers.json: trackers[3].tokenEnv: unknown key; known are name, kind, url, minSeverity, products, secretEnv",
            "trackers.json: trackers[3].secretEnv: is missing: name the environment variable that holds the secret (it is not written in the file)",
            "trackers.json: trackers[3].minSeverity: 'severe' is not a severity; use critical, high, medium, low, info",
        ], problems);
        Assert.DoesNotContain(problems, p => p.Contains("s3cr3t", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_json_names_the_line_and_an_empty_list_is_refused()
    {
        Assert.StartsWith("trackers.json:3: not valid JSON", Assert.Single(Problems("{\n \"publicUrl\": \"https://b.example\",\n \"trackers\": [ { ]\n}")));
        Assert.Equal(["trackers.json: trackers: must be a list of one or more trackers ([{ \"name\": …, \"kind\": \"jira\" }, …])"],
            Problems("""{ "publicUrl": "https://b.example", "trackers": [] }"""));
        Assert.Equal(["trackers.json: trackers[1].name: 'a' is used by another tracker already"],
            Problems("""{ "publicUrl": "https://b.example", "trackers": [ { "name": "a", "kind": "webhook", "url": "https://h.example", "secretEnv": "HOOK_SECRET" }, { "name": "a", "kind": "webhook", "url": "https://h.example", "secretEnv": "HOOK_SECRET" } ] }"""));
    }

    [Fact]
    public void The_retry_wait_doubles_from_30_seconds_to_an_hour_and_jitter_only_shortens_it()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), Backoff.After(1, 0));
        Assert.Equal(TimeSpan.FromSeconds(15), Backoff.After(1, 0.999999).RoundTo(TimeSpan.FromSeconds(1)));
        Assert.Equal(TimeSpan.FromSeconds(240), Backoff.After(4, 0));
        Assert.Equal(TimeSpan.FromHours(1), Backoff.After(8, 0));
        Assert.Equal(TimeSpan.FromHours(1), Backoff.After(50, 0));
    }
}

internal static class TimeSpanRounding
{
    public static TimeSpan RoundTo(this TimeSpan value, TimeSpan unit) => TimeSpan.FromTicks((long)Math.Round(value.Ticks / (double)unit.Ticks) * unit.Ticks);
}
