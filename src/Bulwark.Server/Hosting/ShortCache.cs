using System.Collections.Concurrent;

namespace Bulwark.Server.Hosting;

/// <summary>
/// Values kept for a few seconds, so that what every request reads (its token, the SLA policy) is not read from the
/// database every time. Short on purpose: several server processes share one database, and a change made through
/// another process (a revoked token, a new policy) must reach this one within <see cref="Lifetime"/>.
/// </summary>
internal sealed class ShortCache<TKey, TValue>(TimeProvider clock, TimeSpan lifetime, int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, DateTimeOffset Until)> _entries = new();

    public TimeSpan Lifetime => lifetime;

    public async Task<TValue> GetAsync(TKey key, Func<Task<TValue>> load, Func<TValue, bool> keep)
    {
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry) && entry.Until > now)
        {
            return entry.Value;
        }

        var value = await load();
        if (keep(value))
        {
            if (_entries.Count >= capacity)
            {
                _entries.Clear();
            }

            _entries[key] = (value, now + lifetime);
        }
        else
        {
            _entries.TryRemove(key, out _);
        }

        return value;
    }

    public void Forget(TKey key) => _entries.TryRemove(key, out _);
}
