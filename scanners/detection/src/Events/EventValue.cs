namespace Bulwark.Scanners.Detection.Events;

/// <summary>
/// A field's value: usually one text, sometimes several (an auditd command line's arguments, a JSON array). Numbers are
/// kept as the log wrote them; comparisons parse them when a rule asks (<c>|gt</c>).
/// </summary>
internal sealed class EventValue
{
    private EventValue(string? single, IReadOnlyList<string>? many)
    {
        Single = single;
        Many = many;
    }

    /// <summary>The one value, or null when the field holds several (or is JSON null).</summary>
    public string? Single { get; }

    /// <summary>The values when the field holds several; null otherwise.</summary>
    public IReadOnlyList<string>? Many { get; }

    /// <summary>True for a field present with a JSON null.</summary>
    public bool IsNull => Single is null && Many is null;

    /// <summary>Every value the field holds (none for null).</summary>
    public IEnumerable<string> Values => Many ?? (Single is null ? [] : [Single]);

    public static EventValue Of(string value) => new(value, null);

    public static EventValue Of(IReadOnlyList<string> values) => values.Count == 1 ? new(values[0], null) : new(null, values);

    public static EventValue Null { get; } = new(null, null);

    public override string ToString() => Many is null ? Single ?? "null" : "[" + string.Join(", ", Many) + "]";
}
