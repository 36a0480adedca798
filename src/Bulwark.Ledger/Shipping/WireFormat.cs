using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Bulwark.Ledger.Events;
using Bulwark.Ledger.Notes;

namespace Bulwark.Ledger.Shipping;

/// <summary>
/// The shipped messages, one JSON object per message with its members in a fixed order:
/// <c>{"type":"entry","origin":O,"index":i,"leafHash":hex,"entry":{…}}</c>, where the entry is the stored canonical
/// JSON embedded byte for byte (so a receiver can re-hash it), and
/// <c>{"type":"checkpoint","origin":O,"size":n,"note":"…"}</c> with the signed note text. No secrets, ever.
/// </summary>
public static class WireFormat
{
    /// <summary>The type of an entry message.</summary>
    public const string EntryType = "entry";

    /// <summary>The type of a checkpoint message.</summary>
    public const string CheckpointType = "checkpoint";

    /// <summary>What every message starts with, so a receiver can find it after a syslog header.</summary>
    public const string Prefix = "{\"type\":";

    /// <summary>The message for <paramref name="entry"/>; null, with the reason, when its bytes are not a one-line JSON object.</summary>
    public static ShippedMessage? Entry(string origin, LedgerEntry entry, string machine, DateTimeOffset now, out string? problem)
    {
        if (!IsOneLineObject(entry.Bytes))
        {
            problem = $"entry {entry.Index} (byte {entry.Offset} of the ledger) is not a one-line JSON object, so it cannot be shipped byte for byte";
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(entry.Bytes.Length + 192);
        buffer.Write("{\"type\":\"entry\",\"origin\":"u8);
        CanonicalJson.WriteString(origin, buffer);
        buffer.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $",\"index\":{entry.Index},\"leafHash\":\"{entry.LeafHash.ToHex()}\",\"entry\":")));
        buffer.Write(entry.Bytes);
        buffer.Write("}"u8);

        // Entries written with AppendEncoded need not be events; they still ship, stamped with this machine and now.
        var parsed = EventParser.Parse(entry.Bytes).Event;
        problem = null;
        return new ShippedMessage(EntryType, entry.Index, parsed?.Time ?? now, parsed?.Host ?? machine, buffer.WrittenSpan.ToArray());
    }

    /// <summary>The message for a checkpoint note; null, with the reason, when the note is not a checkpoint.</summary>
    public static ShippedMessage? Checkpoint(string origin, string note, string machine, DateTimeOffset now, out string? problem)
    {
        var signed = SignedNote.Parse(note);
        var body = signed.Succeeded ? CheckpointNote.ParseBody(signed.Value.Text) : null;
        if (body is not { Succeeded: true })
        {
            problem = "the checkpoint note cannot be read: " + (signed.Reason ?? body?.Reason);
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(note.Length + 96);
        buffer.Write("{\"type\":\"checkpoint\",\"origin\":"u8);
        CanonicalJson.WriteString(origin, buffer);
        buffer.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $",\"size\":{body.Value.Size},\"note\":")));
        CanonicalJson.WriteString(note, buffer);
        buffer.Write("}"u8);
        problem = null;
        return new ShippedMessage(CheckpointType, body.Value.Size, now, machine, buffer.WrittenSpan.ToArray());
    }

    // Embedding needs an object that starts and ends the bytes exactly (a receiver reads it back by its extent)
    // and no raw line break, which would split the message in every line-based transport.
    private static bool IsOneLineObject(byte[] bytes)
    {
        if (bytes.Length < 2 || bytes[0] != '{' || bytes[^1] != '}' || bytes.AsSpan().IndexOfAny((byte)'\n', (byte)'\r') >= 0)
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
