namespace Bulwark.Scanners.Detection.Events;

/// <summary>
/// A field's value: usually one text, sometimes several (an auditd command line's arguments, a JSON array). Numbers are
/// kept as the log wrote them; comparisons parse them when a rule asks (<c>|gt</c>).
/// </summary>
internal sealed class EventValue
{
    // A value read from bytes is decoded the first time its text is asked for; most are only looked at by the
    // prefilter, which reads the bytes (Utf8). An event is read by one thread at a time, and shared values are never lazy.
    private string? _single;
    private ReadOnlyMemory<byte> _utf8;

    private EventValue(string? single, IReadOnlyList<string>? many, bool shared = false)
    {
        _single = single;
        Many = many;
        IsShared = shared;
    }

    /// <summary>The one value, or null when the field holds several (or is JSON null).</summary>
    public string? Single => _single ?? Decode();

    /// <summary>The value's UTF-8 bytes while it was not decoded yet (<see cref="Of(ReadOnlyMemory{byte})"/>); empty otherwise.</summary>
    public ReadOnlySpan<byte> Utf8 => _single is null ? _utf8.Span : default;

    /// <summary>The values when the field holds several; null otherwise.</summary>
    public IReadOnlyList<string>? Many { get; }

    /// <summary>True for a field present with a JSON null.</summary>
    public bool IsNull => _single is null && _utf8.IsEmpty && Many is null;

    /// <summary>Every value the field holds (none for null).</summary>
    public IEnumerable<string> Values => Many ?? (Single is null ? [] : [Single]);

    /// <summary>
    /// True for a value a parser hands to every event that repeats it (<see cref="Parsing.RecentValues"/>): what is
    /// worked out about it once (<see cref="Memo"/>) holds for all of them.
    /// </summary>
    public bool IsShared { get; internal set; }

    /// <summary>
    /// What the engine worked out about a shared value, kept on it so the next event with the same value skips the
    /// work. Holds an immutable object that says whose it is; written whole, so a race only costs doing the work twice.
    /// </summary>
    public object? Memo { get; set; }

    public static EventValue Of(string value) => new(value, null);

    /// <summary>A single value as UTF-8 bytes (valid, not empty: the caller's to keep), decoded only when its text is asked for.</summary>
    public static EventValue Of(ReadOnlyMemory<byte> utf8) => new(null, null) { _utf8 = utf8 };

    /// <summary>A value to be handed to every event that repeats it (<see cref="IsShared"/>).</summary>
    public static EventValue Shared(string value) => new(value, null, shared: true);

    public static EventValue Of(IReadOnlyList<string> values) => values.Count == 1 ? new(values[0], null) : new(null, values);

    public static EventValue Null { get; } = new(null, null);

    private string? Decode() => _utf8.IsEmpty ? null : _single = System.Text.Encoding.UTF8.GetString(_utf8.Span);

    public override string ToString() => Many is null ? Single ?? "null" : "[" + string.Join(", ", Many) + "]";
}
