using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing.Json;

/// <summary>
/// JSON lines (one object per line, as most applications log today): every property flattened by dotted names
/// (<c>a.b.c</c>), arrays multi-valued (<see cref="JsonFlattener"/>), names renamed by the caller's
/// <see cref="JsonFieldMapping"/>; the time and host from the mapping's fields. A line that is not a JSON object
/// is raw.
/// </summary>
internal sealed class JsonLinesFormat(JsonFieldMapping? mapping = null) : ILogFormat
{
    private readonly JsonFieldMapping _mapping = mapping ?? JsonFieldMapping.Default;

    public string Id => "json";

    // Any object per line; below the formats that know what their JSON means (journald).
    public double Score(IReadOnlyList<string> firstLines, string fileName) =>
        0.6 * LineByLine.Share(firstLines, static line =>
        {
            var trimmed = line.AsSpan().Trim();
            return trimmed.Length >= 2 && trimmed[0] == '{' && trimmed[^1] == '}';
        });

    public IEnumerable<LogEvent> Parse(IEnumerable<(long Line, string Text)> lines, string source) =>
        LineByLine.Parse(lines, source, ParseLine);

    private LogEvent? ParseLine(long line, string text, string source)
    {
        using var document = JsonLine.TryParse(text);
        if (document is null)
        {
            return null;
        }

        var fields = new EventFields();
        JsonFlattener.Flatten(document.RootElement, "", fields, _mapping);
        return new LogEvent
        {
            Source = source,
            Line = line,
            Time = First(_mapping.TimeFields, fields) is { } time ? JsonTime.Parse(time) : null,
            Host = First(_mapping.HostFields, fields),
            Format = Id,
            Fields = fields.Build(),
            Raw = text,
        };
    }

    /// <summary>The value of the first of <paramref name="names"/> the line has (a single value, not an object).</summary>
    private string? First(IReadOnlyList<string> names, EventFields fields)
    {
        foreach (var name in names)
        {
            if (fields.Get(_mapping.Rename(name)) is { } value)
            {
                return value;
            }
        }

        return null;
    }
}
