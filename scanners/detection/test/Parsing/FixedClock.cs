using Bulwark.Scanners.Detection.Parsing.Syslog;

namespace Bulwark.Scanners.Detection.Tests.Parsing;

/// <summary>A clock stopped at one instant, so year inference for BSD syslog timestamps is deterministic.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>The moment the tests read their logs: 15 March 2024, noon UTC.</summary>
    public static readonly DateTimeOffset TestNow = new(2024, 3, 15, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A syslog clock in UTC at <see cref="TestNow"/> (or <paramref name="now"/>).</summary>
    public static SyslogClock Syslog(DateTimeOffset? now = null) => new(new FixedClock(now ?? TestNow), TimeZoneInfo.Utc);

    public override DateTimeOffset GetUtcNow() => now;
}
