namespace Bulwark.Scanners.Host.Benchmarks;

/// <summary>A benchmark: its name, which systems it is for, its sections, and its checks in file order.</summary>
public sealed record Benchmark
{
    /// <summary>The name <c>--benchmark</c> selects: <c>debian-12</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>os-release IDs (or ID_LIKE values) it applies to.</summary>
    public required IReadOnlyList<string> AppliesTo { get; init; }

    /// <summary>Section id → title, in file order.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Sections { get; init; }

    /// <summary>The checks.</summary>
    public required IReadOnlyList<CheckDefinition> Checks { get; init; }

    /// <summary>The package manager its derived fixes use: <c>dnf</c> for the RHEL family, else <c>apt</c>.</summary>
    public string PackageManager => AppliesTo.Any(a => a is "rhel" or "centos" or "rocky" or "almalinux" or "fedora") ? "dnf" : "apt";
}
