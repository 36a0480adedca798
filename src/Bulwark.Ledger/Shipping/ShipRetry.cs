namespace Bulwark.Ledger.Shipping;

/// <summary>
/// How hard the shipper tries one batch: up to <paramref name="MaxAttempts"/> sends, waiting
/// <paramref name="FirstDelay"/>, then twice as long each time up to <paramref name="MaxDelay"/>, with ±20 % jitter
/// so that many hosts cut off by the same outage do not all come back in the same second.
/// </summary>
/// <param name="MaxAttempts">Sends before giving up, at least 1.</param>
/// <param name="FirstDelay">The wait after the first failure.</param>
/// <param name="MaxDelay">The longest wait.</param>
public sealed record ShipRetry(int MaxAttempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    /// <summary>Six attempts over about a minute: rides out a collector restart, gives up on a real outage.</summary>
    public static ShipRetry Default { get; } = new(6, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

    /// <summary>The wait after failed attempt number <paramref name="failed"/> (from 1).</summary>
    public TimeSpan DelayAfter(int failed)
    {
        var doubled = FirstDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failed - 1, 30));
        var capped = Math.Min(doubled, MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.8 + (0.4 * Random.Shared.NextDouble())));
    }
}
