namespace Bulwark.Scanners.Detection.Events;

/// <summary>
/// One event from a log, in the common shape every parser produces and every rule reads: where it came from, when,
/// and its fields by name. Field names are the parser's own (documented per parser); field-mapping pipelines translate
/// Sigma's taxonomy names to them. A line no parser understood is still an event: its only field is the raw text.
/// </summary>
internal sealed record LogEvent
{
    /// <summary>The file (or <c>-</c> for standard input, or the listener's address) the event came from.</summary>
    public required string Source { get; init; }

    /// <summary>The 1-based line of its first line in the source; 0 when it did not come from lines (a datagram).</summary>
    public required long Line { get; init; }

    /// <summary>When it happened, as the log says; null when the log does not say.</summary>
    public DateTimeOffset? Time { get; init; }

    /// <summary>The host that logged it, when the log says.</summary>
    public string? Host { get; init; }

    /// <summary>The parser that produced it (<c>syslog</c>, <c>auditd</c>, <c>json</c>; <c>raw</c> for a line none understood).</summary>
    public required string Format { get; init; }

    /// <summary>The fields, by name (case-sensitive as the parser wrote them). A field with several values lists them all.</summary>
    public required IReadOnlyDictionary<string, EventValue> Fields { get; init; }

    /// <summary>
    /// The text of the line (or of the joined records), for keyword searches and reports; decoded from
    /// <see cref="RawUtf8"/> when first asked for, when the parser read the line as bytes.
    /// </summary>
    public string Raw
    {
        get => _raw ??= System.Text.Encoding.UTF8.GetString(_rawUtf8.Span);
        init => _raw = value;
    }

    /// <summary>The line as UTF-8 bytes, set instead of <see cref="Raw"/> by a parser that read it so (most events are never reported).</summary>
    public ReadOnlyMemory<byte> RawUtf8
    {
        get => _raw is null ? _rawUtf8 : System.Text.Encoding.UTF8.GetBytes(_raw);
        init => _rawUtf8 = value;
    }

    private string? _raw;
    private ReadOnlyMemory<byte> _rawUtf8;

    /// <summary>The lines of the source the event was made from, for an event joined from several records (auditd).</summary>
    public IReadOnlyList<long> Lines { get; init; } = [];

    /// <summary>
    /// Set when the parser read only the fields the rules look at (<see cref="Fields"/> holds just those): it reads the
    /// event again, whole, when a detection reports it. Null when <see cref="Fields"/> are all there is.
    /// </summary>
    public IPartialEventReader? Partial { get; init; }

    /// <summary>Every field of the event: <see cref="Fields"/>, or for a partly read event all of them, read again.</summary>
    public IReadOnlyDictionary<string, EventValue> AllFields() => Partial?.AllFields(this) ?? Fields;
}
