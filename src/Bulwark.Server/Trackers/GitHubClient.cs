using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bulwark.Server.Store.Model;

namespace Bulwark.Server.Trackers;

/// <summary>
/// GitHub issues (REST API, 2022-11-28): an issue per finding with its labels; closed as completed when the finding is
/// fixed, as not planned when it is accepted or a false positive, and opened again when it comes back.
/// </summary>
internal sealed class GitHubClient(HttpClient http, TrackerSettings tracker) : ITrackerClient
{
    private readonly TrackerHttp _http = new(http, tracker);

    private string Issues => $"repos/{tracker.Repository}/issues";

    public Task<DeliveryOutcome> DeliverAsync(TrackerDelivery delivery, FindingEvent payload, TrackerLink? link, CancellationToken cancellationToken)
    {
        if (delivery.Action == DeliveryStates.Create)
        {
            return CreateAsync(delivery, payload.Finding, cancellationToken);
        }

        if (link is null)
        {
            return Task.FromResult(DeliveryOutcome.Never("no GitHub issue is linked to the finding"));
        }

        JsonObject? change = delivery.Action switch
        {
            "fixed" => new() { ["state"] = "closed", ["state_reason"] = "completed" },
            "risk-accepted" or "false-positive" => new() { ["state"] = "closed", ["state_reason"] = "not_planned" },
            "reopened" => new() { ["state"] = "open", ["state_reason"] = "reopened" },
            _ => null,
        };
        return change is null ? Task.FromResult(DeliveryOutcome.Done()) : UpdateAsync(link.ExternalKey, change, cancellationToken);
    }

    private async Task<DeliveryOutcome> UpdateAsync(string number, JsonObject change, CancellationToken cancellationToken)
    {
        var answer = await _http.SendAsync(HttpMethod.Patch, $"{Issues}/{number}", TrackerHttp.Json(change.ToJsonString()), cancellationToken, Headers);
        return answer.Failure ?? DeliveryOutcome.Done();
    }

    private async Task<DeliveryOutcome> CreateAsync(TrackerDelivery delivery, FindingEvent.Snapshot finding, CancellationToken cancellationToken)
    {
        var label = IssueText.FindingLabel(finding.Id);
        if (delivery.Attempts > 0)
        {
            // A creation tried before may have made the issue and lost the answer: look for it by its finding label.
            var listed = await _http.SendAsync(HttpMethod.Get, $"{Issues}?state=all&labels={Uri.EscapeDataString(label)}", null, cancellationToken, Headers);
            if (listed.Failure is { } failure)
            {
                return DeliveryOutcome.Later(failure.Error!);
            }

            using var found = JsonDocument.Parse(listed.Body);
            if (found.RootElement.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } issue)
            {
                return Linked(finding, issue);
            }
        }

        var body = new JsonObject
        {
            ["title"] = IssueText.Summary(finding),
            ["body"] = Body(finding),
            ["labels"] = new JsonArray(IssueText.Labels(tracker, finding).Select(l => (JsonNode)JsonValue.Create(l)!).ToArray()),
        };
        var created = await _http.SendAsync(HttpMethod.Post, Issues, TrackerHttp.Json(body.ToJsonString()), cancellationToken, Headers);
        if (created.Failure is { } refused)
        {
            return refused;
        }

        using var document = JsonDocument.Parse(created.Body);
        return Linked(finding, document.RootElement);
    }

    private DeliveryOutcome Linked(FindingEvent.Snapshot finding, JsonElement issue) => DeliveryOutcome.Done(new TrackerLink
    {
        Tracker = tracker.Name,
        FindingId = finding.Id,
        ExternalKey = issue.GetProperty("number").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
        Url = issue.GetProperty("html_url").GetString() is { } page && Uri.TryCreate(page, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"
            ? page
            : new Uri(tracker.Url, $"{Issues}/{issue.GetProperty("number").GetInt64()}").ToString(),
    });

    private static string Body(FindingEvent.Snapshot finding)
    {
        var text = new StringBuilder();
        text.Append(finding.Message).Append("\n\n");
        foreach (var (label, value) in IssueText.Facts(finding))
        {
            text.Append("**").Append(label).Append(":** `").Append(value.Replace('`', '\'')).Append("`  \n");
        }

        return text.Append('\n').Append($"[Finding #{finding.Id} in Bulwark]({finding.Url})").ToString();
    }

    private static void Headers(System.Net.Http.Headers.HttpRequestHeaders headers)
    {
        headers.Accept.ParseAdd("application/vnd.github+json");
        headers.Add("X-GitHub-Api-Version", "2022-11-28");
    }
}
