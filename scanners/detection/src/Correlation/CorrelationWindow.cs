using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Correlation;

/// <summary>
/// One group's matches within a correlation's time span: (time, which referred rule, the counted value, the event), oldest
/// first, never more than a cap (the oldest go first, so a flood cannot grow memory without bound).
/// </summary>
internal sealed class CorrelationWindow(int cap)
{
    private readonly LinkedList<(DateTimeOffset Time, int Rule, string? Value, LogEvent Event)> _items = new();

    public DateTimeOffset LastSeen { get; private set; }

    public IEnumerable<(DateTimeOffset Time, int Rule, string? Value, LogEvent Event)> Items => _items;

    public int Count => _items.Count;

    public void Add(DateTimeOffset time, int rule, string? value, LogEvent logEvent)
    {
        // Events arrive in log order, which is time order within one file; a late one is placed where it belongs.
        var after = _items.Last;
        while (after is not null && after.Value.Time > time)
        {
            after = after.Previous;
        }

        if (after is null)
        {
            _items.AddFirst((time, rule, value, logEvent));
        }
        else
        {
            _items.AddAfter(after, (time, rule, value, logEvent));
        }

        if (_items.Count > cap)
        {
            _items.RemoveFirst();
        }

        LastSeen = time > LastSeen ? time : LastSeen;
    }

    /// <summary>Drops what is older than <paramref name="oldest"/>.</summary>
    public void Expire(DateTimeOffset oldest)
    {
        while (_items.First is { } first && first.Value.Time < oldest)
        {
            _items.RemoveFirst();
        }
    }

    public void Clear() => _items.Clear();
}
