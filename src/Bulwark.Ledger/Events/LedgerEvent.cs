using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Bulwark.Ledger.Events;

/// <summary>
/// One audit event: who did what to what, when, from where and why, with optional structured details.
/// Its canonical encoding (RFC 8785 JSON) is what the ledger stores and hashes.
/// </summary>
public sealed record LedgerEvent
{
    /// <summary>Who.</summary>
    public required Actor Actor { get; init; }

    /// <summary>What, as dotted words ending in a past-tense verb: <c>fim.baseline.accepted</c>, <c>ignore.added</c>.</summary>
    public required string Action { get; init; }

    /// <summary>What it acted on: a path, a fingerprint, a finding id, a host.</summary>
    public required string Subject { get; init; }

    /// <summary>Why; mandatory for actions that change state.</summary>
    public string? Reason { get; init; }

    /// <summary>When, in UTC, to the microsecond.</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>The host the action was taken on.</summary>
    public required string Host { get; init; }

    /// <summary>Structured details, any JSON value; null for none.</summary>
    public JsonElement? Payload { get; init; }

    /// <summary>The canonical bytes: the same event always encodes, and so hashes, the same.</summary>
    public byte[] Encode()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("action", Action);
            json.WriteStartObject("actor");
            json.WriteString("auth", Actor.AuthenticatedBy);
            json.WriteString("id", Actor.Id);
            json.WriteString("kind", Actor.Kind);
            json.WriteEndObject();
            json.WriteString("host", Host);
            if (Payload is { } payload)
            {
                json.WritePropertyName("payload");
                payload.WriteTo(json);
            }

            if (Reason is not null)
            {
                json.WriteString("reason", Reason);
            }

            json.WriteString("subject", Subject);
            json.WriteString("time", FormatTime(Time));
            json.WriteNumber("v", 1);
            json.WriteEndObject();
        }

        // Utf8JsonWriter's own escaping is not RFC 8785's; one canonical pass fixes strings, numbers and key order.
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return CanonicalJson.Encode(document.RootElement);
    }

    /// <summary>The time as the canonical form writes it: UTC, six fractional digits, <c>Z</c>.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
