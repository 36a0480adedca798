using System.Globalization;
using System.Text;
using System.Text.Json;
using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing.Journald;

/// <summary>
/// The systemd journal as <c>journalctl -o json</c> exports it: one JSON object per line, every field of the entry
/// by its journald name (<c>MESSAGE</c>, <c>_HOSTNAME</c>, <c>SYSLOG_IDENTIFIER</c>, <c>_PID</c>, <c>_UID</c>,
/// <c>_COMM</c>, <c>_EXE</c>, <c>_CMDLINE</c>, <c>_SYSTEMD_UNIT</c>, <c>__REALTIME_TIMESTAMP</c>, <c>__CURSOR</c>…).
/// </summary>
/// <remarks>
/// journalctl writes a value that is not printable UTF-8 as an array of byte numbers (here decoded as UTF-8, invalid
/// bytes replaced); a field with several values as an array of them (multi-valued here); a value over its size
/// threshold (4096 bytes unless <c>--all</c>) as null (kept as a null field). The time is
/// <c>__REALTIME_TIMESTAMP</c> (microseconds since the epoch); the host is <c>_HOSTNAME</c>.
/// </remarks>
internal sealed class JournaldFormat : ILineFormat
{
    public string Id => "journald";

    public double Score(IReadOnlyList<string> firstLines, string fileName) =>
        0.97 * LineByLine.Share(firstLines, static line => line.StartsWith('{')
            && (line.Contains("\"__REALTIME_TIMESTAMP\"", StringComparison.Ordinal) || line.Contains("\"__CURSOR\"", StringComparison.Ordinal)));

    public IEnumerable<LogEvent> Parse(IEnumerable<(long Line, string Text)> lines, string source) =>
        LineByLine.Parse(lines, source, ParseLine);

    public LogEvent? ParseLine(long line, string text, string source)
    {
        using var document = JsonLine.TryParse(text);
        if (document is null)
        {
            return null;
        }

        var fields = new EventFields();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            Add(property.Name, property.Value, fields);
        }

        return new LogEvent
        {
            Source = source,
            Line = line,
            Time = Time(fields.Get("__REALTIME_TIMESTAMP")),
            Host = fields.Get("_HOSTNAME"),
            Format = Id,
            Fields = fields.Build(),
            Raw = text,
        };
    }

    private static void Add(string name, JsonElement value, EventFields fields)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                fields.TryAddNull(name);
                break;
            case JsonValueKind.Array when IsBytes(value):
                fields.Append(name, Decode(value));
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Null)
                    {
                        fields.Append(name, item.ValueKind == JsonValueKind.Array && IsBytes(item) ? Decode(item) : JsonLine.Text(item));
                    }
                }

                break;
            default:
                fields.Append(name, JsonLine.Text(value));
                break;
        }
    }

    private static bool IsBytes(JsonElement array)
    {
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetByte(out _))
            {
                return false;
            }
        }

        return array.GetArrayLength() > 0;
    }

    private static string Decode(JsonElement array)
    {
        var bytes = new byte[array.GetArrayLength()];
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            bytes[index++] = item.GetByte();
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static DateTimeOffset? Time(string? microseconds) =>
        long.TryParse(microseconds, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value < 253402300799_000_000
            ? DateTimeOffset.UnixEpoch.AddTicks(value * 10)
            : null;
}
