namespace Bulwark.Scanners.Host.Inventory;

/// <summary>
/// dpkg's status file: stanzas of <c>Field: value</c> lines separated by blank lines. A package counts as installed
/// when the third word of <c>Status</c> (the package state) is <c>installed</c> and the second (the error flag) is
/// <c>ok</c>, whatever the first (the selection: <c>install</c>, <c>hold</c>, or <c>deinstall</c> while still installed).
/// Removed packages whose configuration remains (<c>config-files</c>) and half-installed ones do not count.
/// </summary>
internal static class DpkgStatus
{
    /// <summary>Where dpkg keeps it.</summary>
    public const string Path = "/var/lib/dpkg/status";

    /// <summary>The names of the installed packages in <paramref name="text"/>.</summary>
    public static HashSet<string> InstalledNames(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        string? package = null;
        string? status = null;
        foreach (var raw in text.Split('\n').Append(""))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                if (package is not null && status is not null && IsInstalled(status))
                {
                    names.Add(package);
                }

                package = null;
                status = null;
                continue;
            }

            if (line[0] is ' ' or '\t')
            {
                continue;
            }

            if (line.StartsWith("Package:", StringComparison.OrdinalIgnoreCase))
            {
                package = line["Package:".Length..].Trim();
            }
            else if (line.StartsWith("Status:", StringComparison.OrdinalIgnoreCase))
            {
                status = line["Status:".Length..].Trim();
            }
        }

        return names;
    }

    private static bool IsInstalled(string status)
    {
        var words = status.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 3 && words[1] == "ok" && words[2] == "installed";
    }
}
