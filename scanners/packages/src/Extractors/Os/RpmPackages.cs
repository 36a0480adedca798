using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>
/// Turns RPM headers into installed packages: NAME, <c>[EPOCH:]VERSION-RELEASE</c>, ARCH, the source package from
/// SOURCERPM, and requirements resolved through PROVIDENAME and the files each package owns.
/// </summary>
internal static class RpmPackages
{
    /// <summary>The packages in <paramref name="headers"/>; unreadable ones are reported and skipped.</summary>
    /// <param name="headers">The Packages table's rows.</param>
    /// <param name="file">The database, for diagnostics.</param>
    /// <param name="diagnostics">Where unreadable headers are reported.</param>
    public static List<InstalledPackage> Read(IReadOnlyList<(long Hnum, byte[]? Blob)> headers, string file, List<PackageDiagnostic> diagnostics)
    {
        var parsed = new List<(long Hnum, RpmHeader Header)>();
        foreach (var (hnum, blob) in headers)
        {
            if (RpmHeader.Parse(blob ?? [], out var error) is { } header)
            {
                parsed.Add((hnum, header));
            }
            else
            {
                diagnostics.Add(new PackageDiagnostic(file, 0, 0, $"package header {hnum} cannot be read: {(blob is null ? "its blob is NULL" : error)}; it was skipped."));
            }
        }

        // File requirements ("/bin/sh") are met by the package owning the file; only required paths are indexed.
        var requiredFiles = parsed.SelectMany(p => p.Header.Strings(RpmTags.RequireName) ?? []).Where(r => r.StartsWith('/')).ToHashSet(StringComparer.Ordinal);
        var installed = new List<InstalledPackage>();
        foreach (var (hnum, header) in parsed)
        {
            if (ToPackage(hnum, header, requiredFiles, out var problem) is { } package)
            {
                installed.Add(package);
            }

            if (problem is not null)
            {
                diagnostics.Add(new PackageDiagnostic(file, 0, 0, problem));
            }
        }

        return installed;
    }

    private static InstalledPackage? ToPackage(long hnum, RpmHeader header, HashSet<string> requiredFiles, out string? problem)
    {
        problem = null;
        var name = header.String(RpmTags.Name);
        var version = header.String(RpmTags.Version);
        var release = header.String(RpmTags.Release);
        if (name is null || version is null || release is null)
        {
            var missing = string.Join(", ", new[] { (name, "NAME"), (version, "VERSION"), (release, "RELEASE") }.Where(t => t.Item1 is null).Select(t => t.Item2));
            problem = $"package header {hnum}{(name is null ? "" : $" ('{name}')")} has no readable {missing}; it was skipped.";
            return null;
        }

        // Imported signing keys are stored as pseudo-packages named gpg-pubkey; they are not software.
        if (name == "gpg-pubkey")
        {
            return null;
        }

        var epoch = header.Has(RpmTags.Epoch) ? header.Numbers(RpmTags.Epoch) is [var e, ..] ? e.ToString(System.Globalization.CultureInfo.InvariantCulture) : null : null;
        if (header.Has(RpmTags.Epoch) && epoch is null)
        {
            problem = $"package '{name}' has an EPOCH that cannot be read; its version is given without one.";
        }

        var versionRelease = $"{version}-{release}";
        string? sourceName = null, sourceVersion = null;
        if (header.String(RpmTags.SourceRpm) is { Length: > 0 } sourceRpm)
        {
            if (SourceRpm(sourceRpm) is { } source)
            {
                (sourceName, sourceVersion) = (source.Name, source.VersionRelease == versionRelease ? null : source.VersionRelease);
            }
            else
            {
                problem = $"package '{name}' has SOURCERPM '{sourceRpm}', not name-version-release.src.rpm; the package itself is taken as its source.";
            }
        }

        return new InstalledPackage(name, epoch is null ? versionRelease : $"{epoch}:{versionRelease}", 0)
        {
            Architecture = header.String(RpmTags.Arch),
            SourceName = sourceName,
            SourceVersion = sourceVersion,
            Epoch = epoch,
            PurlVersion = versionRelease,
            Provides = [.. header.Strings(RpmTags.ProvideName) ?? [], .. OwnedFiles(header, requiredFiles)],
            Requires = [.. (header.Strings(RpmTags.RequireName) ?? [])
                .Where(r => !r.StartsWith("rpmlib(", StringComparison.Ordinal) && !r.StartsWith('('))
                .Distinct(StringComparer.Ordinal)
                .Select(r => (IReadOnlyList<string>)[r])],
        };
    }

    /// <summary>Name and version-release of <c>bash-5.1.8-6.el9.src.rpm</c>; null when it is not of that shape.</summary>
    internal static (string Name, string VersionRelease)? SourceRpm(string fileName)
    {
        var stem = fileName.EndsWith(".src.rpm", StringComparison.Ordinal) ? fileName[..^".src.rpm".Length]
            : fileName.EndsWith(".nosrc.rpm", StringComparison.Ordinal) ? fileName[..^".nosrc.rpm".Length]
            : null;
        var releaseDash = stem?.LastIndexOf('-') ?? -1;
        var versionDash = releaseDash > 0 ? stem!.LastIndexOf('-', releaseDash - 1) : -1;
        return versionDash > 0 && releaseDash < stem!.Length - 1 && releaseDash - versionDash > 1
            ? (stem[..versionDash], stem[(versionDash + 1)..])
            : null;
    }

    private static IEnumerable<string> OwnedFiles(RpmHeader header, HashSet<string> requiredFiles)
    {
        if (requiredFiles.Count == 0 || header.Strings(RpmTags.BaseNames) is not { } names
            || header.Strings(RpmTags.DirNames) is not { } folders || header.Numbers(RpmTags.DirIndexes) is not { } indexes)
        {
            yield break;
        }

        for (var i = 0; i < names.Count && i < indexes.Count; i++)
        {
            if (indexes[i] >= 0 && indexes[i] < folders.Count && folders[(int)indexes[i]] + names[i] is var path && requiredFiles.Contains(path))
            {
                yield return path;
            }
        }
    }
}
