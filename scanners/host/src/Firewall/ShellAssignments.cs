namespace Bulwark.Scanners.Host.Firewall;

/// <summary>
/// Reads <c>KEY=value</c> files that shell scripts source (/etc/default/ufw, /etc/ufw/ufw.conf) and that firewalld
/// reads (firewalld.conf): the last assignment wins, quotes around the value are dropped, <c>#</c> lines are comments.
/// </summary>
internal static class ShellAssignments
{
    /// <summary>The value of <paramref name="key"/> in effect and its 1-based line, or (null, 0) when it is never set.</summary>
    internal static (string? Value, int Line) Find(string text, string key)
    {
        string? value = null;
        var found = 0;
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (line.StartsWith('#') || !line.StartsWith(key + "=", StringComparison.Ordinal))
            {
                continue;
            }

            value = line[(key.Length + 1)..].Trim().Trim('"', '\'');
            found = index + 1;
        }

        return (value, found);
    }
}
