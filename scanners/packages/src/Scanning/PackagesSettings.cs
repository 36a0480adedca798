using System.Globalization;
using Bulwark.Scanners.Packages.Database;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Packages.Scanning;

/// <summary>The packages scanner's settings, read and checked once.</summary>
/// <param name="CacheDirectory">The cache directory (the database is inside).</param>
/// <param name="MaxDatabaseAge">Older databases make every report warn.</param>
/// <param name="IgnoreUnfixed">Skip vulnerabilities with no fix.</param>
/// <param name="VexFiles">VEX documents (absolute paths) with where each was named.</param>
/// <param name="SbomFile">The SBOM to scan instead of a tree (absolute path), or null.</param>
public sealed record PackagesSettings(string CacheDirectory, TimeSpan MaxDatabaseAge, bool IgnoreUnfixed, IReadOnlyList<(string Path, string Where)> VexFiles, string? SbomFile)
{
    /// <summary>Reads the settings, or the problems with them.</summary>
    public static Created<PackagesSettings> Read(ISettingValues settings)
    {
        var problems = new List<ConfigProblem>();
        var cache = settings.Get(PackagesModule.CacheDir.Key) is { Length: > 0 } dir ? settings.ResolvePath(PackagesModule.CacheDir.Key, dir) : null;
        var ageText = settings.Get(PackagesModule.MaxDatabaseAge.Key) ?? "7d";
        if (ParseAge(ageText) is not { } age)
        {
            problems.Add(new ConfigProblem(settings.Where(PackagesModule.MaxDatabaseAge.Key), $"'{ageText}' is not an age: write a number followed by h or d (36h, 7d)"));
            age = TimeSpan.FromDays(7);
        }

        var vex = settings.GetList(PackagesModule.Vex.Key).Select(v => (settings.ResolvePath(PackagesModule.Vex.Key, v), settings.Where(PackagesModule.Vex.Key))).ToList();
        foreach (var (path, where) in vex.Where(v => !File.Exists(v.Item1)))
        {
            problems.Add(new ConfigProblem(where, $"VEX document not found: {path}"));
        }

        var sbom = settings.Get(PackagesModule.Sbom.Key) is { Length: > 0 } s ? settings.ResolvePath(PackagesModule.Sbom.Key, s) : null;
        if (sbom is not null && !File.Exists(sbom))
        {
            problems.Add(new ConfigProblem(settings.Where(PackagesModule.Sbom.Key), $"SBOM not found: {sbom}"));
        }

        return problems.Count > 0
            ? Created<PackagesSettings>.Failed(problems)
            : Created<PackagesSettings>.Ok(new PackagesSettings(Database.CacheDirectory.Resolve(cache), age, settings.Get(PackagesModule.IgnoreUnfixed.Key) == "true", vex, sbom));
    }

    /// <summary>An age as the setting writes it: <c>36h</c>, <c>7d</c>.</summary>
    public static string FormatAge(TimeSpan age) =>
        age.TotalDays >= 1 && age.TotalDays == Math.Floor(age.TotalDays)
            ? $"{age.TotalDays.ToString(CultureInfo.InvariantCulture)}d"
            : $"{Math.Round(age.TotalHours, 1).ToString(CultureInfo.InvariantCulture)}h";

    /// <summary><c>36h</c>, <c>7d</c>, or a number of days.</summary>
    public static TimeSpan? ParseAge(string text)
    {
        text = text.Trim();
        var unit = text.Length > 0 && char.IsLetter(text[^1]) ? char.ToLowerInvariant(text[^1]) : 'd';
        var number = char.IsLetter(text.LastOrDefault()) ? text[..^1] : text;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return null;
        }

        return unit switch
        {
            'h' => TimeSpan.FromHours(value),
            'd' => TimeSpan.FromDays(value),
            'w' => TimeSpan.FromDays(7 * value),
            _ => null,
        };
    }
}
