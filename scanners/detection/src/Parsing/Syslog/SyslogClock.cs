namespace Bulwark.Scanners.Detection.Parsing.Syslog;

/// <summary>
/// Turns a BSD syslog timestamp (<c>Mar 10 12:34:56</c>: no year, no zone) into an instant. The zone is the one the
/// logs were written in (by default this machine's). The year is the current one, unless that would put the line
/// more than a day in the future: then it is last year's (a December line read in January), as rsyslog and
/// Logstash infer it. Lines older than a year cannot be told apart and get the wrong year.
/// </summary>
internal sealed class SyslogClock(TimeProvider? time = null, TimeZoneInfo? zone = null)
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromDays(1);

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly TimeZoneInfo _zone = zone ?? TimeZoneInfo.Local;

    public static SyslogClock System { get; } = new();

    public DateTimeOffset? Resolve(int month, int day, int hour, int minute, int second, long ticks)
    {
        var now = TimeZoneInfo.ConvertTime(_time.GetUtcNow(), _zone);
        // Up to four years back, for a 29 February outside a leap year.
        for (var year = now.Year; year >= now.Year - 4; year--)
        {
            if (!Rfc3339.Valid(year, month, day, hour, minute, second))
            {
                continue;
            }

            var local = new DateTime(year, month, day, hour, minute, Math.Min(second, 59)).AddTicks(ticks);
            var instant = new DateTimeOffset(local, _zone.GetUtcOffset(local));
            if (instant - now <= Tolerance)
            {
                return instant;
            }
        }

        return null;
    }
}
