using System.Globalization;
using System.Text.Json;

namespace Bulwark.Ledger.Events;

/// <summary>
/// Reads events back from stored bytes, and from the JSON lines a batch <c>ledger append</c> takes on standard
/// input. Problems are reasons, not exceptions: a bad line is reported with what is wrong.
/// </summary>
public static class EventParser
{
    private static readonly string[] Known = ["action", "actor", "host", "payload", "reason", "subject", "time", "v"];

    /// <summary>Parses one event; <paramref name="defaults"/> fills actor, time and host when the JSON leaves them out.</summary>
    public static (LedgerEvent? Event, string? Problem) Parse(ReadOnlySpan<byte> json, LedgerEvent? defaults = null)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "an event must be a JSON object");
            }

            var unknown = root.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => !Known.Contains(n));
            if (unknown is not null)
            {
                return (null, $"unknown field '{unknown}' (expected: {string.Join(", ", Known.Where(k => k != "v"))})");
            }

            var actor = root.TryGetProperty("actor", out var a) ? ParseActor(a) : defaults?.Actor;
            var time = root.TryGetProperty("time", out var t) ? ParseTime(t) : defaults?.Time;
            var host = Text(root, "host") ?? defaults?.Host;
            var action = Text(root, "action");
            var subject = Text(root, "subject");
            if (actor is null || action is null || subject is null || time is null || host is null)
            {
                var missing = new[] { ("actor", actor is null), ("action", action is null), ("subject", subject is null), ("time", time is null), ("host", host is null) };
                return (null, "missing " + string.Join(", ", missing.Where(m => m.Item2).Select(m => m.Item1)));
            }

            return (new LedgerEvent
            {
                Actor = actor,
                Action = action,
                Subject = subject,
                Reason = Text(root, "reason"),
                Time = time.Value,
                Host = host,
                Payload = root.TryGetProperty("payload", out var payload) ? payload.Clone() : null,
            }, null);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return (null, e.Message);
        }
    }

    private static Actor? ParseActor(JsonElement actor) =>
        actor.ValueKind == JsonValueKind.String
            ? new Actor(actor.GetString()!, "user", "unspecified")
            : new Actor(Text(actor, "id") ?? throw new FormatException("actor needs an 'id'"), Text(actor, "kind") ?? "user", Text(actor, "auth") ?? "unspecified");

    private static DateTimeOffset ParseTime(JsonElement time) =>
        DateTimeOffset.Parse(time.GetString() ?? throw new FormatException("time must be a string"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : throw new FormatException($"'{name}' must be a string") : null;
}
