namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>
/// Reads os-release (<c>KEY=value</c> lines, values optionally quoted with shell-style escapes), as specified by
/// systemd's os-release(5). Lines that are not assignments are ignored, as the specification asks.
/// </summary>
internal static class OsRelease
{
    /// <summary>The assignments in <paramref name="text"/>, later ones winning.</summary>
    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (line.Length == 0 || line[0] == '#' || equals <= 0)
            {
                continue;
            }

            values[line[..equals].Trim()] = Unquote(line[(equals + 1)..].Trim());
        }

        return values;
    }

    private static string Unquote(string value)
    {
        if (value.Length < 2 || (value[0] != '"' && value[0] != '\'') || value[^1] != value[0])
        {
            return value;
        }

        var inner = value[1..^1];
        if (value[0] == '\'')
        {
            return inner;
        }

        // Inside double quotes, a backslash escapes the next character ("\"", "\\", "\$", "\`").
        var text = new System.Text.StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length)
            {
                i++;
            }

            text.Append(inner[i]);
        }

        return text.ToString();
    }
}
