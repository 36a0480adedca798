using System.Text.Json;

namespace Bulwark.Server.Trackers;

/// <summary>
/// What a delivery says, fixed when it is queued: the event and the finding as it was then. A webhook's body is this
/// JSON exactly (so a retry sends the same bytes and the same signature); JIRA and GitHub issues are written from it.
/// </summary>
internal sealed record FindingEvent(string Event, FindingEvent.Snapshot Finding, string? Reason, DateTimeOffset At)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The finding's facts a tracker shows, and its page in Bulwark.</summary>
    internal sealed record Snapshot(long Id, string Product, string Rule, string Severity, string State, string Title, string Message, string Location, string Url);

    /// <summary>A finding seen for the first time (or first matching a tracker's rule).</summary>
    public const string New = "finding.new";

    public static string Changed(string state) => $"finding.{state}";

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static FindingEvent FromJson(string json) => JsonSerializer.Deserialize<FindingEvent>(json, Options)
        ?? throw new InvalidOperationException("a delivery's payload is empty");
}
