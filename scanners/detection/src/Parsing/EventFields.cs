using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>
/// Collects one event's fields while a parser reads: a name holds one value, or several once it is appended to
/// again (a JSON array, several auditd PATH records). <see cref="Build"/> hands the dictionary over; the builder is
/// not used after that.
/// </summary>
internal sealed class EventFields
{
    private readonly Dictionary<string, EventValue> _values = new(StringComparer.Ordinal);

    // Values of names appended to more than once, materialised into EventValues by Build.
    private Dictionary<string, List<string>>? _lists;

    public bool Contains(string name) => _values.ContainsKey(name);

    /// <summary>The single value of <paramref name="name"/>, or null when it is absent, null or multi-valued.</summary>
    public string? Get(string name) =>
        _lists is not null && _lists.ContainsKey(name) ? null : _values.TryGetValue(name, out var value) ? value.Single : null;

    /// <summary>Sets <paramref name="name"/> to <paramref name="value"/>, replacing what it held.</summary>
    public void Set(string name, string value)
    {
        _values[name] = EventValue.Of(value);
        _lists?.Remove(name);
    }

    /// <summary>Sets <paramref name="name"/> unless it is already present (the first value wins).</summary>
    public bool TryAdd(string name, string value) => _values.TryAdd(name, EventValue.Of(value));

    /// <summary>Records a JSON null for <paramref name="name"/> unless it is already present.</summary>
    public void TryAddNull(string name) => _values.TryAdd(name, EventValue.Null);

    /// <summary>Adds <paramref name="value"/> to the values of <paramref name="name"/> (a null it held is dropped).</summary>
    public void Append(string name, string value)
    {
        if (_lists is not null && _lists.TryGetValue(name, out var list))
        {
            list.Add(value);
            return;
        }

        if (!_values.TryGetValue(name, out var existing) || existing.IsNull)
        {
            _values[name] = EventValue.Of(value);
            return;
        }

        _lists ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
        _lists[name] = [.. existing.Values, value];
    }

    public IReadOnlyDictionary<string, EventValue> Build()
    {
        if (_lists is not null)
        {
            foreach (var (name, list) in _lists)
            {
                _values[name] = EventValue.Of(list);
            }

            _lists = null;
        }

        return _values;
    }
}
