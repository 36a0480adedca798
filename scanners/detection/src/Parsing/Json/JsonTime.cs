using System.Globalization;

namespace Bulwark.Scanners.Detection.Parsing.Json;

/// <summary>
/// Reads a time as JSON logs write it: RFC 3339 / ISO 8601 text, or a number of seconds, milliseconds,
/// microseconds or nanoseconds since the epoch (told apart by size, as current dates fall in distinct ranges).
/// </summary>
internal static class JsonTime
{
    public static DateTimeOffset? Parse(string text)
    {
        if (Rfc3339.TryParse(text, out var time))
        {
            return time;
        }

        // Whole numbers exactly (a nanosecond count does not fit a double's precision), fractions as doubles.
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return FromEpochTicks(Math.Abs(whole) switch
            {
                < 100_000_000_000 => whole * TimeSpan.TicksPerSecond,
                < 100_000_000_000_000 => whole * TimeSpan.TicksPerMillisecond,
                < 100_000_000_000_000_000 => whole * TimeSpan.TicksPerMicrosecond,
                _ => whole / TimeSpan.NanosecondsPerTick,
            });
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return FromEpoch(number);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;
    }

    private static DateTimeOffset? FromEpoch(double number)
    {
        var seconds = Math.Abs(number) switch
        {
            < 1e11 => number,
            < 1e14 => number / 1e3,
            < 1e17 => number / 1e6,
            _ => number / 1e9,
        };
        return seconds is < 0 or > 253402300799 ? null : FromEpochTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
    }

    private static DateTimeOffset? FromEpochTicks(long ticks) =>
        ticks < 0 || ticks > DateTimeOffset.MaxValue.Ticks - DateTimeOffset.UnixEpoch.Ticks ? null : DateTimeOffset.UnixEpoch.AddTicks(ticks);
}
