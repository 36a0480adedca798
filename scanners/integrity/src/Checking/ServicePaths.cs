namespace Bulwark.Scanners.Integrity.Checking;

/// <summary>Where a new file means a new or newly enabled service: systemd's unit directories and SysV init scripts.</summary>
internal static class ServicePaths
{
    private static readonly string[] UnitDirectories =
    [
        "/etc/systemd/system/", "/etc/systemd/user/", "/usr/lib/systemd/system/", "/usr/lib/systemd/user/",
        "/lib/systemd/system/", "/lib/systemd/user/", "/usr/local/lib/systemd/system/", "/run/systemd/system/",
    ];

    private static readonly string[] RunnableUnits = [".service", ".socket", ".timer", ".path"];

    /// <summary>What the new file at <paramref name="path"/> does for services, or null when it is not about one.</summary>
    public static string? Meaning(string path)
    {
        var directory = UnitDirectories.FirstOrDefault(d => path.StartsWith(d, StringComparison.Ordinal));
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (directory is not null)
        {
            if (!RunnableUnits.Any(s => name.EndsWith(s, StringComparison.Ordinal) || name.Contains(s + "@", StringComparison.Ordinal)))
            {
                return null;
            }

            var parent = path[directory.Length..].Split('/');
            return parent.Length > 1 && (parent[^2].EndsWith(".wants", StringComparison.Ordinal) || parent[^2].EndsWith(".requires", StringComparison.Ordinal))
                ? $"unit {name} enabled ({parent[^2]})"
                : $"unit {name} added";
        }

        if (path.StartsWith("/etc/init.d/", StringComparison.Ordinal) && path.Count(c => c == '/') == 3)
        {
            return $"init script {name} added";
        }

        return IsRcStart(path, name) ? $"init script {name[3..]} enabled ({path[..path.LastIndexOf('/')]})" : null;
    }

    private static bool IsRcStart(string path, string name) =>
        path.StartsWith("/etc/rc", StringComparison.Ordinal) && path.Count(c => c == '/') == 3 && path.Length > 8
        && path[8] == '.' && path[9] == 'd' && name.Length > 3 && name[0] == 'S' && char.IsAsciiDigit(name[1]) && char.IsAsciiDigit(name[2]);
}
