namespace Bulwark.Scanners.Host.Files;

/// <summary>Absolute paths as the audited system sees them: split, cleaned and joined without touching the disk.</summary>
internal static class AuditedPath
{
    /// <summary>
    /// The path with doubled slashes and <c>.</c> removed and a leading <c>/</c>; <c>..</c> is kept, because only
    /// resolution against the tree (with its symbolic links) can say what it means.
    /// </summary>
    public static string Clean(string path) => Join(Segments(path));

    /// <summary>The non-empty segments of <paramref name="path"/> other than <c>.</c>; relative paths count from <c>/</c>.</summary>
    public static List<string> Segments(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToList();

    /// <summary><c>/</c> followed by the segments.</summary>
    public static string Join(IEnumerable<string> segments) => "/" + string.Join('/', segments);

    /// <summary><paramref name="directory"/> and <paramref name="name"/> joined with one slash.</summary>
    public static string Combine(string directory, string name) => directory.EndsWith('/') ? directory + name : directory + "/" + name;

    /// <summary>The last segment of <paramref name="path"/>, or empty for <c>/</c>.</summary>
    public static string Name(string path)
    {
        var trimmed = path.TrimEnd('/');
        return trimmed[(trimmed.LastIndexOf('/') + 1)..];
    }

    /// <summary>The directory holding <paramref name="path"/>; <c>/</c> for top-level entries.</summary>
    public static string Parent(string path)
    {
        var trimmed = path.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash <= 0 ? "/" : trimmed[..slash];
    }
}
