namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>
/// Finds the root of the filesystem a package database belongs to. A scan may start at <c>/</c> or at the folder
/// of an unpacked image (<c>layers/rootfs/var/lib/dpkg/status</c>), so databases are recognised by path suffix and
/// everything else (os-release) is looked up under the same prefix.
/// </summary>
internal static class OsRoot
{
    /// <summary>
    /// The prefix before <paramref name="suffix"/> (empty or ending in <c>/</c>) when <paramref name="path"/> ends
    /// with it on a folder boundary; else null.
    /// </summary>
    public static string? Before(string path, string suffix)
    {
        if (string.Equals(path, suffix, StringComparison.Ordinal))
        {
            return "";
        }

        return path.EndsWith("/" + suffix, StringComparison.Ordinal) ? path[..^suffix.Length] : null;
    }
}
