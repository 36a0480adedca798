namespace Bulwark.Server.Trackers;

/// <summary>
/// When to try again after a failure: 30 seconds, doubling each time up to an hour, each wait cut by a random part of
/// up to half, so the deliveries that failed together while a tracker was down do not all return at the same moment.
/// </summary>
internal static class Backoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan Cap = TimeSpan.FromHours(1);

    /// <param name="attempts">Attempts made so far, the failed one included (1 or more).</param>
    /// <param name="random">A number in [0, 1).</param>
    public static TimeSpan After(int attempts, double random)
    {
        var full = Math.Min(Cap.TotalSeconds, First.TotalSeconds * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30)));
        return TimeSpan.FromSeconds(full * (1 - (random / 2)));
    }
}
