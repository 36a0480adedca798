namespace Bulwark.Scanners.Packages.Extractors.JavaScript;

/// <summary>Tells registry packages from ones installed from git, a tarball URL or a local path.</summary>
internal static class NpmSource
{
    /// <summary>Whether <paramref name="version"/> is a plain registry version (<c>1.2.3</c>, <c>0.0.0-rc.1</c>) rather than a URL, path or alias.</summary>
    public static bool IsVersion(string version) => version.Length > 0 && char.IsAsciiDigit(version[0]) && !version.Contains(':', StringComparison.Ordinal) && !version.Contains('/', StringComparison.Ordinal);

    /// <summary>
    /// A note for a package whose <paramref name="resolved"/> location is not a registry tarball, or null
    /// for a registry one (or none given). Such a package carries a version from its own manifest, but an
    /// advisory about the registry package of that name may not describe it.
    /// </summary>
    public static string? NoteFor(string? resolved)
    {
        if (string.IsNullOrEmpty(resolved))
        {
            return null;
        }

        if (resolved.StartsWith("git", StringComparison.Ordinal) || resolved.StartsWith("bitbucket:", StringComparison.Ordinal)
            || resolved.StartsWith("gitlab:", StringComparison.Ordinal) || resolved.StartsWith("github:", StringComparison.Ordinal)
            || resolved.Contains(".git#", StringComparison.Ordinal))
        {
            return $"installed from git ({resolved}), not from the npm registry: advisories for the registry package may not apply";
        }

        if (resolved.StartsWith("file:", StringComparison.Ordinal) || !resolved.Contains("://", StringComparison.Ordinal))
        {
            return $"installed from a local path ({resolved}), not from the npm registry: advisories for the registry package may not apply";
        }

        // Registry tarballs, public or private, are served as NAME/-/NAME-VERSION.tgz.
        return resolved.Contains("/-/", StringComparison.Ordinal)
            ? null
            : $"installed from a tarball URL ({resolved}), not from the npm registry: advisories for the registry package may not apply";
    }
}
