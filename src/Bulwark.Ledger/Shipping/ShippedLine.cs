using System.Text;
using System.Text.Json;

namespace Bulwark.Ledger.Shipping;

/// <summary>
/// One shipped message read back from a line: a JSON line from the file target, or a syslog line as a collector
/// wrote it (the JSON starts at <see cref="WireFormat.Prefix"/>, after whatever header the collector kept).
/// </summary>
/// <param name="Number">The line number, from 1.</param>
/// <param name="Type"><c>entry</c> or <c>checkpoint</c>.</param>
/// <param name="Origin">The log the message says it is from.</param>
/// <param name="Position">The entry's index, or the checkpoint's size.</param>
/// <param name="Entry">An entry's bytes, exactly as embedded.</param>
/// <param name="LeafHash">An entry's leaf hash as sent, lower-case hex.</param>
/// <param name="Note">A checkpoint's note text.</param>
internal sealed record ShippedLine(int Number, string Type, string Origin, long Position, byte[]? Entry, string? LeafHash, string? Note)
{
    /// <summary>The message in <paramref name="line"/>; null without a problem when the line holds none (other syslog traffic).</summary>
    internal static ShippedLine? Read(string line, int number, out string? problem)
    {
        problem = null;
        var start = line.IndexOf(WireFormat.Prefix, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(line.AsMemory(start));
            var root = json.RootElement;
            var type = root.GetProperty("type").GetString();
            var origin = root.GetProperty("origin").GetString() ?? "";
            if (type == WireFormat.EntryType)
            {
                var entry = root.GetProperty("entry");
                if (entry.ValueKind != JsonValueKind.Object)
                {
                    throw new FormatException("'entry' is not a JSON object");
                }

                // The raw text is the embedded bytes as sent: re-encoding would hash something else.
                var bytes = Encoding.UTF8.GetBytes(entry.GetRawText());
                return new ShippedLine(number, WireFormat.EntryType, origin, root.GetProperty("index").GetInt64(), bytes, root.GetProperty("leafHash").GetString(), null);
            }

            if (type == WireFormat.CheckpointType)
            {
                return new ShippedLine(number, WireFormat.CheckpointType, origin, root.GetProperty("size").GetInt64(), null, null, root.GetProperty("note").GetString());
            }

            problem = $"line {number}: unknown message type '{type}'; ignored";
        }
        catch (JsonException e)
        {
            problem = $"line {number}: not a complete message (a torn write?), ignored: {e.Message}";
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            problem = $"line {number}: a message without the members of its type, ignored: {e.Message}";
        }

        return null;
    }
}
