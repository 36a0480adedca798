using System.Collections.Concurrent;

namespace Bulwark.Server.Auth;

/// <summary>
/// Guessing tokens at the sign-in form: after <see cref="Attempts"/> failed sign-ins from one address within
/// <see cref="Window"/>, that address may not try again for <see cref="Lockout"/>, right token or not. Kept per server
/// process (a guesser spread over several processes gets a few more tries; 32 random bytes leave nothing to guess anyway:
/// this stops noise and keeps the log readable). Behind a reverse proxy every client has the proxy's address.
/// </summary>
internal sealed class LoginThrottle(TimeProvider clock)
{
    public const int Attempts = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(5);

    private const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Tries> _byAddress = new();

    /// <summary>When <paramref name="address"/> may try again; null when it may now.</summary>
    public DateTimeOffset? LockedUntil(string address)
    {
        if (!_byAddress.TryGetValue(address, out var tries))
        {
            return null;
        }

        lock (tries)
        {
            return tries.LockedUntil is { } until && until > clock.GetUtcNow() ? until : null;
        }
    }

    public void Failed(string address)
    {
        var now = clock.GetUtcNow();
        if (_byAddress.Count >= Capacity)
        {
            Forget(now);
        }

        var tries = _byAddress.GetOrAdd(address, _ => new Tries());
        lock (tries)
        {
            tries.Failures.Enqueue(now);
            while (tries.Failures.Peek() <= now - Window)
            {
                tries.Failures.Dequeue();
            }

            if (tries.Failures.Count >= Attempts)
            {
                tries.LockedUntil = now + Lockout;
                tries.Failures.Clear();
            }
        }
    }

    public void Succeeded(string address) => _byAddress.TryRemove(address, out _);

    // Addresses with nothing recent against them, when too many are kept.
    private void Forget(DateTimeOffset now)
    {
        foreach (var (address, tries) in _byAddress)
        {
            lock (tries)
            {
                if (tries.LockedUntil is not { } until || until <= now)
                {
                    _byAddress.TryRemove(address, out _);
                }
            }
        }
    }

    private sealed class Tries
    {
        public Queue<DateTimeOffset> Failures { get; } = new();

        public DateTimeOffset? LockedUntil { get; set; }
    }
}
