using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>
/// Collects one event's fields while a parser reads: a name holds one value, or several once it is appended to
/// again (a JSON array, several auditd PATH records). <see cref="Build"/> hands the fields over; the builder is
/// not used after that.
/// </summary>
internal sealed class EventFields
{
    private readonly FieldList _fields;

    // Values of names appended to more than once, by position, materialised into EventValues by Build.
    private Dictionary<int, List<string>>? _lists;

    public EventFields()
        : this(16)
    {
    }

    /// <param name="capacity">How many fields the parser expects (the list grows past it when needed).</param>
    public EventFields(int capacity) => _fields = new FieldList(capacity);

    /// <summary>How many names it holds.</summary>
    public int Count => _fields.Count;

    public bool Contains(string name) => _fields.IndexOf(name) >= 0;

    /// <summary>The single value of <paramref name="name"/>, or null when it is absent, null or multi-valued.</summary>
    public string? Get(string name)
    {
        var at = _fields.IndexOf(name);
        return at < 0 || (_lists is not null && _lists.ContainsKey(at)) ? null : _fields.At(at).Single;
    }

    /// <summary>As <see cref="Get"/> when every name added and <paramref name="name"/> are interned (<see cref="FieldList.IndexOfInterned"/>).</summary>
    public string? GetInterned(string name)
    {
        var at = _fields.IndexOfInterned(name);
        return at < 0 || (_lists is not null && _lists.ContainsKey(at)) ? null : _fields.At(at).Single;
    }

    /// <summary>Sets <paramref name="name"/> to <paramref name="value"/>, replacing what it held.</summary>
    public void Set(string name, string value)
    {
        var at = _fields.IndexOf(name);
        if (at < 0)
        {
            _fields.Add(name, EventValue.Of(value));
            return;
        }

        _fields.Set(at, EventValue.Of(value));
        _lists?.Remove(at);
    }

    /// <summary>Sets <paramref name="name"/> unless it is already present (the first value wins).</summary>
    public bool TryAdd(string name, string value)
    {
        if (_fields.IndexOf(name) >= 0)
        {
            return false;
        }

        _fields.Add(name, EventValue.Of(value));
        return true;
    }

    /// <summary>Records a JSON null for <paramref name="name"/> unless it is already present.</summary>
    public void TryAddNull(string name)
    {
        if (_fields.IndexOf(name) < 0)
        {
            _fields.Add(name, EventValue.Null);
        }
    }

    /// <summary>As <see cref="Append(string, string)"/> with a single value made already (a shared one is kept as it is).</summary>
    public void Append(string name, EventValue value)
    {
        var at = _fields.IndexOf(name);
        if (at < 0)
        {
            _fields.Add(name, value);
            return;
        }

        Append(name, value.Single ?? "");
    }

    /// <summary>Adds <paramref name="value"/> to the values of <paramref name="name"/> (a null it held is dropped).</summary>
    public void Append(string name, string value)
    {
        var at = _fields.IndexOf(name);
        if (at < 0)
        {
            _fields.Add(name, EventValue.Of(value));
            return;
        }

        if (_lists is not null && _lists.TryGetValue(at, out var list))
        {
            list.Add(value);
            return;
        }

        var existing = _fields.At(at);
        if (existing.IsNull)
        {
            _fields.Set(at, EventValue.Of(value));
            return;
        }

        _lists ??= [];
        _lists[at] = [.. existing.Values, value];
    }

    public IReadOnlyDictionary<string, EventValue> Build()
    {
        if (_lists is not null)
        {
            foreach (var (at, list) in _lists)
            {
                _fields.Set(at, EventValue.Of(list));
            }

            _lists = null;
        }

        return _fields;
    }
}
