namespace Bulwark.Scanners.Packages.Database;

/// <summary>What a vulnerability database holds and how old it is, for reports and <c>bulwark db status</c>.</summary>
/// <param name="Path">The database file.</param>
/// <param name="BuiltAt">When it was last written (UTC).</param>
/// <param name="Source">Where its advisories came from (a URL or a path).</param>
/// <param name="Advisories">How many advisories it holds.</param>
/// <param name="ByEcosystem">How many affected-package entries per ecosystem (base name).</param>
public sealed record DatabaseInfo(string Path, DateTimeOffset BuiltAt, string Source, long Advisories, IReadOnlyDictionary<string, long> ByEcosystem)
{
    /// <summary>The age at <paramref name="now"/>.</summary>
    public TimeSpan AgeAt(DateTimeOffset now) => now - BuiltAt;

    /// <summary>A short description: <c>OSV database of 2026-11-20 (2 days old), 512,340 advisories</c>.</summary>
    public string Describe(DateTimeOffset now)
    {
        var age = AgeAt(now);
        var old = age.TotalDays >= 1 ? $"{(int)age.TotalDays} day{((int)age.TotalDays == 1 ? "" : "s")} old" : $"{Math.Max(0, (int)age.TotalHours)} hours old";
        return $"OSV database of {BuiltAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC ({old}), {Advisories:N0} advisories";
    }
}
