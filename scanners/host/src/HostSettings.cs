using System.Globalization;
using Bulwark.Scanners.Host.Benchmarks;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Host;

/// <summary>The audit's settings, read and checked: the root, the benchmark choice, the level, and the benchmarks themselves.</summary>
/// <param name="Root">The root tree, or null for the live host.</param>
/// <param name="BenchmarkName">The benchmark asked for, or null to pick by os-release.</param>
/// <param name="Level">1 or 2.</param>
/// <param name="Benchmarks">The built-in benchmarks merged with the user's files.</param>
/// <param name="PasswordFiles">Extra password lists.</param>
public sealed record HostSettings(string? Root, string? BenchmarkName, int Level, IReadOnlyList<Benchmark> Benchmarks, IReadOnlyList<string> PasswordFiles)
{
    /// <summary>Reads the settings; problems name where each bad value came from.</summary>
    public static Created<HostSettings> Read(ISettingValues settings)
    {
        var problems = new List<ConfigProblem>();
        var root = settings.Get(HostModule.Root.Key) is { Length: > 0 } r ? settings.ResolvePath(HostModule.Root.Key, r) : null;
        if (root is not null && !Directory.Exists(root))
        {
            problems.Add(new ConfigProblem(settings.Where(HostModule.Root.Key), $"root filesystem not found: {root}"));
        }

        var files = new List<(string, string)>();
        foreach (var file in settings.GetList(HostModule.Benchmarks.Key).Select(f => settings.ResolvePath(HostModule.Benchmarks.Key, f)))
        {
            try
            {
                files.Add((file, File.ReadAllText(file)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new ConfigProblem(settings.Where(HostModule.Benchmarks.Key), $"benchmark file cannot be read: {file}: {e.Message}"));
            }
        }

        var passwords = settings.GetList(HostModule.Passwords.Key).Select(f => settings.ResolvePath(HostModule.Passwords.Key, f)).ToList();
        foreach (var missing in passwords.Where(p => !File.Exists(p)))
        {
            problems.Add(new ConfigProblem(settings.Where(HostModule.Passwords.Key), $"password list not found: {missing}"));
        }

        var builtIn = BenchmarkLoader.LoadBuiltIn();
        var user = BenchmarkLoader.Load(files);
        problems.AddRange(builtIn.Problems);
        problems.AddRange(user.Problems);
        var merged = Merge(builtIn.Value ?? [], user.Value ?? [], problems);
        var name = settings.Get(HostModule.BenchmarkName.Key);
        if (name is not null && merged.All(b => b.Name != name))
        {
            problems.Add(new ConfigProblem(settings.Where(HostModule.BenchmarkName.Key), $"unknown benchmark '{name}' (available: {string.Join(", ", merged.Select(b => b.Name))})"));
        }

        var level = int.Parse(settings.Get(HostModule.Level.Key) ?? "1", CultureInfo.InvariantCulture);
        return problems.Count > 0
            ? Created<HostSettings>.Failed(problems)
            : Created<HostSettings>.Ok(new HostSettings(root, name, level, merged, passwords));
    }

    // A user file naming a built-in benchmark adds checks to it; one with a new name is a new benchmark.
    private static IReadOnlyList<Benchmark> Merge(IReadOnlyList<Benchmark> builtIn, IReadOnlyList<Benchmark> user, List<ConfigProblem> problems)
    {
        var merged = builtIn.ToDictionary(b => b.Name, StringComparer.Ordinal);
        var ids = builtIn.SelectMany(b => b.Checks).ToDictionary(c => c.Id, c => c.Where, StringComparer.Ordinal);
        foreach (var clash in user.SelectMany(b => b.Checks).Where(c => ids.ContainsKey(c.Id)))
        {
            problems.Add(new ConfigProblem(clash.Where, $"check id {clash.Id} is a built-in check's ({ids[clash.Id]}): to change it, disable it under rules: and add your own with a new id"));
        }

        foreach (var extra in user)
        {
            merged[extra.Name] = merged.TryGetValue(extra.Name, out var existing)
                ? existing with { Sections = [.. existing.Sections, .. extra.Sections.Where(s => existing.Sections.All(e => e.Key != s.Key))], Checks = [.. existing.Checks, .. extra.Checks] }
                : extra;
        }

        return [.. merged.Values];
    }
}
