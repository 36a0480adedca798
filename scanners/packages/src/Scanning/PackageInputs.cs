using Bulwark.Scanners.Packages.Extractors;
using Bulwark.Scanners.Packages.Sbom;

namespace Bulwark.Scanners.Packages.Scanning;

/// <summary>
/// Which files the scanner keeps: the ones an extractor (or the SBOM reader) reads, and the companions
/// extractors look at beside them (the release in etc/os-release, go.sum, a parent pom, Directory.Packages.props,
/// requirements files included with -r).
/// </summary>
public static class PackageInputs
{
    /// <summary>The SBOM reader, tried after the lockfile extractors.</summary>
    public static SbomReader SbomReader { get; } = new();

    private static readonly string[] CompanionSuffixes =
    [
        "etc/os-release", "usr/lib/os-release", "etc/debian_version", "etc/alpine-release", "etc/redhat-release", "etc/lsb-release",
        "go.sum", "Directory.Packages.props", "Directory.Build.props", "package.json", "pyproject.toml", "Pipfile",
    ];

    /// <summary>The extractor that reads <paramref name="path"/>, or null.</summary>
    public static IExtractor? ExtractorFor(string path) =>
        ExtractorCatalog.For(path) ?? (SbomReader.Recognises(path) ? SbomReader : null);

    /// <summary>Whether the scanner keeps <paramref name="path"/> (it is read, or read beside one that is).</summary>
    public static bool Wants(string path) => ExtractorFor(path) is not null || IsCompanion(path);

    /// <summary>Whether <paramref name="path"/> is a binary package database (read whole, whatever its size).</summary>
    public static bool IsBinaryDatabase(string path) =>
        path.EndsWith("rpmdb.sqlite", StringComparison.Ordinal) || path.EndsWith("var/lib/rpm/Packages", StringComparison.Ordinal);

    private static bool IsCompanion(string path)
    {
        foreach (var suffix in CompanionSuffixes)
        {
            if (path.Equals(suffix, StringComparison.Ordinal) || path.EndsWith("/" + suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            && (name.Contains("require", StringComparison.OrdinalIgnoreCase) || name.Contains("constraint", StringComparison.OrdinalIgnoreCase) || path.Contains("requirements/", StringComparison.OrdinalIgnoreCase));
    }
}
