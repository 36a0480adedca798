using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Config;

/// <summary>Reading for the syntaxes without includes or sections: one setting per line, whole-line comments.</summary>
internal static class FlatConfig
{
    /// <summary>
    /// Reads <paramref name="path"/>: lines starting with one of <paramref name="comments"/> are skipped, the others go
    /// through <paramref name="split"/>, which gives the key and value or null for a line it cannot read.
    /// </summary>
    public static ConfigRead Read(IHostFiles files, string path, string comments, Func<string, (string Key, string Value)?> split)
    {
        var reader = new ConfigReader(files);
        var found = reader.Include(path, null, text => Parse(reader, path, text, comments, split));
        return reader.Result(!found);
    }

    /// <summary>Adds the settings of <paramref name="text"/> (the content of <paramref name="path"/>) to <paramref name="reader"/>.</summary>
    public static void Parse(ConfigReader reader, string path, string text, string comments, Func<string, (string Key, string Value)?> split)
    {
        foreach (var line in ConfigText.Lines(text))
        {
            if (comments.Contains(line.Text[0]))
            {
                continue;
            }

            if (split(line.Text) is { } setting)
            {
                reader.Add(setting.Key, setting.Value, path, line.Number);
            }
            else
            {
                reader.Problem(path, line.Number, $"cannot read '{line.Text}' as a setting");
            }
        }
    }

    /// <summary>The last entry for <paramref name="key"/> (exact, case-sensitive match), or null.</summary>
    public static ConfigEntry? Last(IReadOnlyList<ConfigEntry> entries, string key) => entries.LastOrDefault(e => e.Key == key);

    /// <summary><c>KEY VALUE</c> split at the first whitespace; a key alone has an empty value.</summary>
    public static (string Key, string Value)? SplitWhitespace(string line) => ConfigText.SplitFirst(line);

    /// <summary><c>key = value</c> split at the first <c>=</c>; a word alone (a flag such as <c>enforce_for_root</c>) has an empty value.</summary>
    public static (string Key, string Value)? SplitEquals(string line)
    {
        var equals = line.IndexOf('=');
        if (equals < 0)
        {
            return line.AsSpan().IndexOfAny(" \t") < 0 ? (line, "") : null;
        }

        var key = line[..equals].Trim();
        return key.Length == 0 || key.AsSpan().IndexOfAny(" \t") >= 0 ? null : (key, line[(equals + 1)..].Trim());
    }
}
