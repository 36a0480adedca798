using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Config;

/// <summary>
/// systemd's configuration directories, most important first, and how it merges the <c>*.conf</c> files found in
/// them: one file per name, the one in the earlier directory winning (a file in /etc masks the same name in
/// /usr/lib), then all of them in lexical order of name.
/// </summary>
internal static class DropInDirectories
{
    /// <summary>The prefixes systemd searches, highest precedence first; /lib is for systems without merged /usr.</summary>
    public static readonly string[] Prefixes = ["/etc/", "/run/", "/usr/local/lib/", "/usr/lib/", "/lib/"];

    /// <summary>The <c>*.conf</c> files of <paramref name="directories"/> (highest precedence first), merged by name, in name order.</summary>
    public static List<string> Merge(IHostFiles files, IEnumerable<string> directories)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var directory in directories)
        {
            foreach (var file in files.Glob(directory + "/*.conf"))
            {
                byName.TryAdd(AuditedPath.Name(file), file);
            }
        }

        return byName.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToList();
    }

    /// <summary>
    /// <paramref name="path"/> without the search prefix it lives under (<c>systemd/journald.conf</c> for
    /// <c>/etc/systemd/journald.conf</c>), or null when it is under none.
    /// </summary>
    public static string? Relative(string path) =>
        Prefixes.FirstOrDefault(p => path.StartsWith(p, StringComparison.Ordinal)) is { } prefix ? path[prefix.Length..] : null;
}
