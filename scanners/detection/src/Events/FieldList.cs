using System.Diagnostics.CodeAnalysis;

namespace Bulwark.Scanners.Detection.Events;

/// <summary>
/// An event's fields, kept in the order read. Most events have a dozen fields or fewer, and for those a scan of the
/// names beats hashing: names the engine asks for are interned (<see cref="string.Intern"/>), as are the names the
/// parsers write, so the scan mostly compares references. Beyond <see cref="IndexFrom"/> fields a hash index is kept too.
/// </summary>
internal sealed class FieldList : IReadOnlyDictionary<string, EventValue>
{
    private const int IndexFrom = 24;

    private readonly List<string> _names = new(16);
    private readonly List<EventValue> _values = new(16);
    private Dictionary<string, int>? _index;

    public int Count => _names.Count;

    public EventValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no field '{key}'");

    public IEnumerable<string> Keys => _names;

    public IEnumerable<EventValue> Values => _values;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out EventValue value)
    {
        var at = IndexOf(key);
        value = at < 0 ? null : _values[at];
        return at >= 0;
    }

    /// <summary>The position of <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(name, out var at) ? at : -1;
        }

        for (var i = 0; i < _names.Count; i++)
        {
            if (ReferenceEquals(_names[i], name))
            {
                return i;
            }
        }

        // A name asked for is usually absent from a given event: lengths turn most names away before any character is compared.
        for (var i = 0; i < _names.Count; i++)
        {
            var known = _names[i];
            if (known.Length == name.Length && known == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Adds a field the list does not hold (the caller checked with <see cref="IndexOf"/>).</summary>
    public void Add(string name, EventValue value)
    {
        _names.Add(name);
        _values.Add(value);
        if (_index is not null)
        {
            _index[name] = _names.Count - 1;
        }
        else if (_names.Count > IndexFrom)
        {
            _index = new Dictionary<string, int>(_names.Count * 2, StringComparer.Ordinal);
            for (var i = 0; i < _names.Count; i++)
            {
                _index[_names[i]] = i;
            }
        }
    }

    /// <summary>Replaces the value at <paramref name="at"/>.</summary>
    public void Set(int at, EventValue value) => _values[at] = value;

    public EventValue At(int at) => _values[at];

    public IEnumerator<KeyValuePair<string, EventValue>> GetEnumerator()
    {
        for (var i = 0; i < _names.Count; i++)
        {
            yield return new(_names[i], _values[i]);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
