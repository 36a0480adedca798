using System.Text.Json;
using Bulwark.Server.Trackers;

namespace Bulwark.Server.Tests.Trackers;

/// <summary>Trackers files for the fakes, read as the server reads them, with the secrets in a made-up environment.</summary>
internal static class TrackerSetup
{
    public const string PublicUrl = "https://bulwark.example.org/";

    public static object Jira(FakeTrackers.Endpoint fake, int version, object? extra = null) => Merge(new
    {
        name = "jira",
        kind = "jira",
        url = $"{fake.Base}/jira",
        apiVersion = version,
        project = FakeTrackers.Project,
        tokenEnv = "TEST_JIRA_TOKEN",
        minSeverity = "high",
        priorities = new Dictionary<string, string> { ["critical"] = "Highest", ["high"] = "High" },
        labels = new[] { "security" },
        transitions = new Dictionary<string, string> { ["fixed"] = "Done", ["risk-accepted"] = "won't do", ["false-positive"] = "Won't Do", ["reopened"] = "Reopen" },
        statuses = new Dictionary<string, string> { ["In Progress"] = "confirmed" },
        pullMinutes = 15,
    }, version == 3 ? new { user = FakeTrackers.JiraUser } : null, extra);

    public static object GitHub(FakeTrackers.Endpoint fake) => new
    {
        name = "github",
        kind = "github",
        url = $"{fake.Base}/github",
        repo = "acme/shop",
        tokenEnv = "TEST_JIRA_TOKEN",
        minSeverity = "medium",
        labels = new[] { "security" },
    };

    public static object Webhook(FakeTrackers.Endpoint fake, string secretEnv = "TEST_HOOK_SECRET") => new
    {
        name = "hook",
        kind = "webhook",
        url = $"{fake.Base}/hook",
        secretEnv,
        minSeverity = "low",
        products = new[] { "api", "pay-*" },
    };

    public static TrackerConfig Config(FakeTrackers.Endpoint fake, params object[] trackers)
    {
        var json = JsonSerializer.Serialize(new { publicUrl = PublicUrl, sweepSeconds = 3600, maxAttempts = 5, trackers });
        var environment = new Dictionary<string, string> { ["TEST_JIRA_TOKEN"] = fake.Token, ["TEST_HOOK_SECRET"] = fake.Secret, ["TEST_WRONG_SECRET"] = "not-the-secret" };
        var created = TrackerConfig.Parse(json, "trackers.json", environment.GetValueOrDefault);
        Assert.True(created.Succeeded, string.Join("; ", created.Problems));
        return created.Value!;
    }

    private static object Merge(params object?[] parts)
    {
        var merged = new Dictionary<string, JsonElement>();
        foreach (var part in parts.OfType<object>())
        {
            foreach (var property in JsonSerializer.SerializeToElement(part).EnumerateObject())
            {
                merged[property.Name] = property.Value;
            }
        }

        return merged;
    }
}
