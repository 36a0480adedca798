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

    // Arrays rather than lists: one object fewer each, and the scan below reads them without a bounds-checked call.
    private string[] _names;
    private EventValue[] _values;
    private int _count;
    private Dictionary<string, int>? _index;

    public FieldList()
        : this(16)
    {
    }

    /// <param name="capacity">How many fields to make room for (the list grows past it when needed).</param>
    public FieldList(int capacity)
    {
        _names = new string[Math.Max(1, capacity)];
        _values = new EventValue[_names.Length];
    }

    public int Count => _count;

    public EventValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no field '{key}'");

    public IEnumerable<string> Keys => _names.Take(_count);

    public IEnumerable<EventValue> Values => _values.Take(_count);

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

        var names = _names.AsSpan(0, _count);
        for (var i = 0; i < names.Length; i++)
        {
            if (ReferenceEquals(names[i], name))
            {
                return i;
            }
        }

        // A name asked for is usually absent from a given event: lengths turn most names away before any character is compared.
        for (var i = 0; i < names.Length; i++)
        {
            var known = names[i];
            if (known.Length == name.Length && known == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// As <see cref="IndexOf"/> for a name the caller knows every name in the list to share when equal (both interned):
    /// only references are compared, which turns away an absent name in one short pass.
    /// </summary>
    public int IndexOfInterned(string name)
    {
        var names = _names.AsSpan(0, _count);
        for (var i = 0; i < names.Length; i++)
        {
            if (ReferenceEquals(names[i], name))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Adds a field the list does not hold (the caller checked with <see cref="IndexOf"/>).</summary>
    public void Add(string name, EventValue value)
    {
        if (_count == _names.Length)
        {
            Array.Resize(ref _names, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }

        _names[_count] = name;
        _values[_count] = value;
        _count++;
        if (_index is not null)
        {
            _index[name] = _count - 1;
        }
        else if (_count > IndexFrom)
        {
            _index = new Dictionary<string, int>(_count * 2, StringComparer.Ordinal);
            for (var i = 0; i < _count; i++)
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
        for (var i = 0; i < _count; i++)
        {
            yield return new(_names[i], _values[i]);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
