using Bulwark.Scanners.Packages.Database;

namespace Bulwark.Scanners.Packages.Tests.Database;

public sealed class DatabaseInfoTests
{
    private static readonly DatabaseInfo Info = new("/cache/osv/osv.db", new DateTimeOffset(2026, 11, 20, 8, 30, 0, TimeSpan.Zero), "https://osv-vulnerabilities.storage.googleapis.com", 512340, new Dictionary<string, long>());

    [Fact]
    public void The_description_gives_the_date_the_age_in_days_and_the_count() =>
        Assert.Equal("OSV database of 2026-11-20 08:30 UTC (2 days old), 512,340 advisories", Info.Describe(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void One_day_is_singular() =>
        Assert.Contains("(1 day old)", Info.Describe(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero)), StringComparison.Ordinal);

    [Fact]
    public void A_fresh_database_is_hours_old() =>
        Assert.Contains("(3 hours old)", Info.Describe(new DateTimeOffset(2026, 11, 20, 11, 45, 0, TimeSpan.Zero)), StringComparison.Ordinal);

    [Fact]
    public void The_age_is_measured_from_the_build_time() =>
        Assert.Equal(TimeSpan.FromHours(24), Info.AgeAt(new DateTimeOffset(2026, 11, 21, 8, 30, 0, TimeSpan.Zero)));
}
