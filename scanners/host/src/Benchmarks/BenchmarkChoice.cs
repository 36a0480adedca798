using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Benchmarks;

/// <summary>Which benchmark fits a system: the one asked for, else the first whose applies-to names the os-release ID or an ID_LIKE.</summary>
public static class BenchmarkChoice
{
    /// <summary>The benchmark, or null with the reason.</summary>
    public static (Benchmark? Benchmark, string? Problem) For(IReadOnlyList<Benchmark> benchmarks, string? asked, IHostFiles files)
    {
        if (asked is not null)
        {
            return (benchmarks.First(b => b.Name == asked), null);
        }

        var release = files.ReadText("/etc/os-release").Text ?? files.ReadText("/usr/lib/os-release").Text;
        if (release is null)
        {
            return (null, $"{files.Description} has no etc/os-release to tell which benchmark applies: name one with --benchmark ({string.Join(", ", benchmarks.Select(b => b.Name))})");
        }

        var fields = release.Split('\n').Select(l => l.Split('=', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim()).ToDictionary(g => g.Key, g => g.Last()[1].Trim().Trim('"', '\''), StringComparer.Ordinal);
        var ids = new List<string>();
        if (fields.TryGetValue("ID", out var id))
        {
            ids.Add(id);
        }

        if (fields.TryGetValue("ID_LIKE", out var like))
        {
            ids.AddRange(like.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        foreach (var candidate in ids)
        {
            if (benchmarks.FirstOrDefault(b => b.AppliesTo.Contains(candidate, StringComparer.Ordinal)) is { } fit)
            {
                return (fit, null);
            }
        }

        return (null, $"no benchmark applies to {(ids.Count == 0 ? "this system" : string.Join("/", ids))} (from etc/os-release): name one with --benchmark ({string.Join(", ", benchmarks.Select(b => b.Name))})");
    }
}
