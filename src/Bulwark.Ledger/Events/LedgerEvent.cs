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
        // Written straight in RFC 8785 form: the member names are constant and already in code-unit order.
        var buffer = new ArrayBufferWriter<byte>(256);
        buffer.Write("{\"action\":"u8);
        CanonicalJson.WriteString(Action, buffer);
        buffer.Write(",\"actor\":{\"auth\":"u8);
        CanonicalJson.WriteString(Actor.AuthenticatedBy, buffer);
        buffer.Write(",\"id\":"u8);
        CanonicalJson.WriteString(Actor.Id, buffer);
        buffer.Write(",\"kind\":"u8);
        CanonicalJson.WriteString(Actor.Kind, buffer);
        buffer.Write("},\"host\":"u8);
        CanonicalJson.WriteString(Host, buffer);
        if (Payload is { } payload)
        {
            buffer.Write(",\"payload\":"u8);
            CanonicalJson.Write(payload, buffer);
        }

        if (Reason is not null)
        {
            buffer.Write(",\"reason\":"u8);
            CanonicalJson.WriteString(Reason, buffer);
        }

        buffer.Write(",\"subject\":"u8);
        CanonicalJson.WriteString(Subject, buffer);
        buffer.Write(",\"time\":"u8);
        CanonicalJson.WriteString(FormatTime(Time), buffer);
        buffer.Write(",\"v\":1}"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The time as the canonical form writes it: UTC, six fractional digits, <c>Z</c>.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
