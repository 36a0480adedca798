namespace Bulwark.Scanners.Host.Config;

/// <summary>Text helpers shared by the syntaxes: splitting into lines, quotes, whitespace-separated words.</summary>
internal static class ConfigText
{
    /// <summary>
    /// The trimmed, non-blank lines of <paramref name="text"/> with their 1-based numbers. With
    /// <paramref name="backslashContinues"/>, a line ending in <c>\</c> is joined to the next (sudoers, PAM, systemd).
    /// </summary>
    public static IEnumerable<ConfigLine> Lines(string text, bool backslashContinues = false)
    {
        var raw = text.Split('\n');
        for (var i = 0; i < raw.Length; i++)
        {
            var start = i;
            var line = raw[i].TrimEnd('\r', ' ', '\t');
            while (backslashContinues && line.EndsWith('\\') && i + 1 < raw.Length)
            {
                line = line[..^1] + " " + raw[++i].TrimEnd('\r', ' ', '\t').TrimStart();
            }

            line = line.Trim();
            if (line.Length > 0)
            {
                yield return new ConfigLine(line, start + 1);
            }
        }
    }

    /// <summary><paramref name="value"/> without one pair of matching surrounding double or single quotes.</summary>
    public static string Unquote(string value)
    {
        var v = value.Trim();
        return v.Length >= 2 && (v[0] == '"' || v[0] == '\'') && v[^1] == v[0] ? v[1..^1] : v;
    }

    /// <summary>
    /// <paramref name="line"/> split at its first run of whitespace: the first word and the rest (trimmed, possibly empty).
    /// </summary>
    public static (string First, string Remainder) SplitFirst(string line)
    {
        var end = line.AsSpan().IndexOfAny(" \t");
        return end < 0 ? (line, "") : (line[..end], line[end..].Trim());
    }

    /// <summary>Whitespace-separated words of <paramref name="text"/>, where double quotes keep spaces inside one word.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (!quoted && c is ' ' or '\t')
            {
                if (any)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    any = false;
                }
            }
            else
            {
                current.Append(c);
                any = true;
            }
        }

        if (any)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>The problem text for a file that could not be read, with where it was included from when it was.</summary>
    public static string Unreadable(string path, string? from, string reason) =>
        from is null ? $"{path}: {reason}" : $"{from}: {path}: {reason}";
}
