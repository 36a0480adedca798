using System.Text;
using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing.Json;

/// <summary>
/// JSON lines (one object per line, as most applications log today): every property flattened by dotted names
/// (<c>a.b.c</c>), arrays multi-valued (<see cref="JsonFlattener"/>), names renamed by the caller's
/// <see cref="JsonFieldMapping"/>; the time and host from the mapping's fields. A line that is not a JSON object
/// is raw. <see cref="Reading"/> gives the same format reading only some fields (<see cref="ProjectedJsonReader"/>).
/// </summary>
internal sealed class JsonLinesFormat : IProjectingFormat, IUtf8LineFormat, IPartialEventReader
{
    private readonly JsonFieldMapping _mapping;
    private readonly JsonProjection? _projection;

    // The time and host fields as events name them (renamed, interned: the field list compares them by reference).
    private readonly string[] _timeFields;
    private readonly string[] _hostFields;

    public JsonLinesFormat(JsonFieldMapping? mapping = null)
        : this(mapping ?? JsonFieldMapping.Default, null)
    {
    }

    private JsonLinesFormat(JsonFieldMapping mapping, JsonProjection? projection)
    {
        _mapping = mapping;
        _projection = projection;
        _timeFields = [.. mapping.TimeFields.Select(f => string.Intern(mapping.Rename(f)))];
        _hostFields = [.. mapping.HostFields.Select(f => string.Intern(mapping.Rename(f)))];
    }

    public string Id => "json";

    // Any object per line; below the formats that know what their JSON means (journald).
    public double Score(IReadOnlyList<string> firstLines, string fileName) =>
        0.6 * LineByLine.Share(firstLines, JsonLine.LooksLikeObject);

    public IEnumerable<LogEvent> Parse(IEnumerable<(long Line, string Text)> lines, string source) =>
        LineByLine.Parse(lines, source, ParseLine);

    /// <summary>The time and host fields are always read, so events keep them however few fields the rules need.</summary>
    public ILogFormat Reading(IReadOnlySet<string> fields)
    {
        var wanted = new HashSet<string>(fields, StringComparer.Ordinal);
        wanted.UnionWith(_mapping.TimeFields.Concat(_mapping.HostFields).Select(_mapping.Rename));
        return new JsonLinesFormat(_mapping, new JsonProjection(wanted, _mapping));
    }

    public IReadOnlyDictionary<string, EventValue> AllFields(LogEvent partial) => Whole(partial.Raw)?.Build() ?? partial.Fields;

    public LogEvent? ParseLine(long line, string text, string source)
    {
        EventFields? fields;
        if (_projection is null)
        {
            fields = Whole(text);
        }
        else
        {
            fields = new EventFields(_projection.Fields);
            if (!JsonLine.LooksLikeObject(text) || !ProjectedJsonReader.TryRead(text, _projection, fields))
            {
                fields = null;
            }
        }

        return fields is null ? null : Event(line, source, fields, text, default);
    }

    /// <summary>Read from the bytes only when just some fields are wanted; the whole line is read as a document from its text.</summary>
    public LogEvent? ParseLine(long line, ReadOnlyMemory<byte> utf8, string source)
    {
        if (_projection is null)
        {
            return ParseLine(line, Encoding.UTF8.GetString(utf8.Span), source);
        }

        var fields = new EventFields(_projection.Typical);
        if (!JsonLine.LooksLikeObject(utf8.Span) || !ProjectedJsonReader.TryRead(utf8, _projection, fields))
        {
            return null;
        }

        _projection.Typical = fields.Count;

        return Event(line, source, fields, null, utf8);
    }

    // One of the text and the bytes: an event read from bytes decodes its text only when it is asked for.
    private LogEvent Event(long line, string source, EventFields fields, string? text, ReadOnlyMemory<byte> utf8) => new()
    {
        Raw = text!,
        RawUtf8 = utf8,
        Source = source,
        Line = line,
        Time = First(_timeFields, fields, _projection is not null) is { } time ? JsonTime.Parse(time) : null,
        Host = First(_hostFields, fields, _projection is not null),
        Format = Id,
        Fields = fields.Build(),
        Partial = _projection is null ? null : this,
    };

    private EventFields? Whole(string text)
    {
        using var document = JsonLine.TryParse(text);
        if (document is null)
        {
            return null;
        }

        var fields = new EventFields();
        JsonFlattener.Flatten(document.RootElement, "", fields, _mapping);
        return fields;
    }

    /// <summary>
    /// The value of the first of <paramref name="names"/> the line has (a single value, not an object). A projected
    /// event's names are all interned (<see cref="ProjectedField"/>), as these are, so references are enough there.
    /// </summary>
    private static string? First(string[] names, EventFields fields, bool interned)
    {
        foreach (var name in names)
        {
            if ((interned ? fields.GetInterned(name) : fields.Get(name)) is { } value)
            {
                return value;
            }
        }

        return null;
    }
}
