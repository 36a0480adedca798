using System.Text.Json;
using System.Text.Json.Nodes;
using Bulwark.Server.Store.Model;

namespace Bulwark.Server.Trackers;

/// <summary>
/// JIRA's REST API (v2 or v3, Cloud or Data Center): an issue per finding, with its priority from the severity, its
/// labels and a remote link back; a transition (by its configured name) when the finding is fixed, accepted or judged
/// a false positive, or comes back.
/// </summary>
internal sealed class JiraClient(HttpClient http, TrackerSettings tracker) : ITrackerClient
{
    private readonly TrackerHttp _http = new(http, tracker);

    private string Api => $"rest/api/{tracker.ApiVersion}";

    public Task<DeliveryOutcome> DeliverAsync(TrackerDelivery delivery, FindingEvent payload, TrackerLink? link, CancellationToken cancellationToken)
    {
        if (delivery.Action == DeliveryStates.Create)
        {
            return CreateAsync(delivery, payload.Finding, cancellationToken);
        }

        if (link is null)
        {
            return Task.FromResult(DeliveryOutcome.Never("no JIRA issue is linked to the finding"));
        }

        return tracker.Transitions.TryGetValue(delivery.Action, out var transition)
            ? TransitionAsync(link.ExternalKey, transition, cancellationToken)
            : Task.FromResult(DeliveryOutcome.Done());
    }

    /// <summary>The statuses of <paramref name="keys"/> (at most 100), by key; or why JIRA did not say.</summary>
    public async Task<(Dictionary<string, string>? Statuses, string? Error)> StatusesAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        // Cloud's v3 search moved to /search/jql (the old one is gone there); Data Center's v2 keeps /search.
        var path = tracker.ApiVersion == 3 ? $"{Api}/search/jql" : $"{Api}/search";
        var body = new JsonObject { ["jql"] = $"key in ({string.Join(',', keys)})", ["fields"] = new JsonArray("status"), ["maxResults"] = keys.Count };
        if (tracker.ApiVersion == 2)
        {
            // An issue deleted in JIRA would otherwise fail the whole query ("an issue with key … does not exist").
            body["validateQuery"] = "warn";
        }

        var answer = await _http.SendAsync(HttpMethod.Post, path, TrackerHttp.Json(body.ToJsonString()), cancellationToken);
        if (answer.Failure is { } failure)
        {
            return (null, failure.Error);
        }

        var statuses = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(answer.Body);
            foreach (var issue in document.RootElement.GetProperty("issues").EnumerateArray())
            {
                if (issue.TryGetProperty("fields", out var fields) && fields.TryGetProperty("status", out var status) && status.TryGetProperty("name", out var name))
                {
                    statuses[issue.GetProperty("key").GetString()!] = name.GetString()!;
                }
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return (null, _http.Redact($"the search's answer was not understood: {e.Message}"));
        }

        return (statuses, null);
    }

    private async Task<DeliveryOutcome> CreateAsync(TrackerDelivery delivery, FindingEvent.Snapshot finding, CancellationToken cancellationToken)
    {
        // A creation tried before may have made the issue and lost the answer: look for it by its finding label first.
        string? key = null;
        if (delivery.Attempts > 0)
        {
            var (found, error) = await FindAsync(finding.Id, cancellationToken);
            if (error is not null)
            {
                return DeliveryOutcome.Later(error);
            }

            key = found;
        }

        if (key is null)
        {
            var fields = new JsonObject
            {
                ["project"] = new JsonObject { ["key"] = tracker.Project },
                ["summary"] = IssueText.Summary(finding),
                ["description"] = JiraDocument.Description(tracker.ApiVersion, finding),
                ["issuetype"] = new JsonObject { ["name"] = tracker.IssueType },
                ["labels"] = new JsonArray(IssueText.Labels(tracker, finding).Select(l => (JsonNode)JsonValue.Create(l)!).ToArray()),
            };
            if (Sdk.SeverityNames.TryParse(finding.Severity, out var severity) && tracker.Priorities.TryGetValue((int)severity, out var priority))
            {
                fields["priority"] = new JsonObject { ["name"] = priority };
            }

            var created = await _http.SendAsync(HttpMethod.Post, $"{Api}/issue", TrackerHttp.Json(new JsonObject { ["fields"] = fields }.ToJsonString()), cancellationToken);
            if (created.Failure is { } failure)
            {
                return failure;
            }

            using var document = JsonDocument.Parse(created.Body);
            key = document.RootElement.GetProperty("key").GetString()!;
        }

        // The remote link is what JIRA shows under "Web links"; its global id makes a repeat update the same link.
        var remote = new JsonObject
        {
            ["globalId"] = $"bulwark-finding-{finding.Id}",
            ["object"] = new JsonObject { ["url"] = finding.Url, ["title"] = $"Bulwark finding #{finding.Id}: {finding.Title}" },
        };
        var linked = await _http.SendAsync(HttpMethod.Post, $"{Api}/issue/{Uri.EscapeDataString(key)}/remotelink", TrackerHttp.Json(remote.ToJsonString()), cancellationToken);
        if (linked.Failure is { } notLinked)
        {
            // The issue exists: the retry finds it by its label and links it then.
            return DeliveryOutcome.Later($"{key} made, link back not added: {notLinked.Error}");
        }

        return DeliveryOutcome.Done(new TrackerLink { Tracker = tracker.Name, FindingId = finding.Id, ExternalKey = key, Url = new Uri(tracker.Url, $"browse/{key}").ToString() });
    }

    private async Task<(string? Key, string? Error)> FindAsync(long findingId, CancellationToken cancellationToken)
    {
        var path = tracker.ApiVersion == 3 ? $"{Api}/search/jql" : $"{Api}/search";
        var body = new JsonObject
        {
            ["jql"] = $"project = \"{tracker.Project}\" AND labels = \"{IssueText.FindingLabel(findingId)}\"",
            ["fields"] = new JsonArray("status"),
            ["maxResults"] = 1,
        };
        var answer = await _http.SendAsync(HttpMethod.Post, path, TrackerHttp.Json(body.ToJsonString()), cancellationToken);
        if (answer.Failure is { } failure)
        {
            return (null, failure.Error);
        }

        using var document = JsonDocument.Parse(answer.Body);
        var issues = document.RootElement.GetProperty("issues");
        return (issues.GetArrayLength() > 0 ? issues[0].GetProperty("key").GetString() : null, null);
    }

    private async Task<DeliveryOutcome> TransitionAsync(string key, string wanted, CancellationToken cancellationToken)
    {
        var path = $"{Api}/issue/{Uri.EscapeDataString(key)}/transitions";
        var listed = await _http.SendAsync(HttpMethod.Get, path, null, cancellationToken);
        if (listed.Failure is { } failure)
        {
            return failure;
        }

        using var document = JsonDocument.Parse(listed.Body);
        var transitions = document.RootElement.GetProperty("transitions").EnumerateArray()
            .Select(t => (Id: t.GetProperty("id").GetString()!, Name: t.GetProperty("name").GetString()!, To: t.TryGetProperty("to", out var to) && to.TryGetProperty("name", out var n) ? n.GetString() : null))
            .ToList();
        var chosen = transitions.FirstOrDefault(t => string.Equals(t.Name, wanted, StringComparison.OrdinalIgnoreCase))
            is { Id: not null } byName ? byName : transitions.FirstOrDefault(t => string.Equals(t.To, wanted, StringComparison.OrdinalIgnoreCase));
        if (chosen.Id is null)
        {
            var offered = transitions.Count == 0 ? "none" : string.Join(", ", transitions.Select(t => $"'{t.Name}'"));
            return DeliveryOutcome.Never($"{key} offers no transition named '{wanted}' from its status (offered: {offered})");
        }

        var body = new JsonObject { ["transition"] = new JsonObject { ["id"] = chosen.Id } };
        var moved = await _http.SendAsync(HttpMethod.Post, path, TrackerHttp.Json(body.ToJsonString()), cancellationToken);
        return moved.Failure ?? DeliveryOutcome.Done();
    }
}
