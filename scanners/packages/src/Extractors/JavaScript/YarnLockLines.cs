using System.Text;

namespace Bulwark.Scanners.Packages.Extractors.JavaScript;

/// <summary>
/// Reads the indented key/value text both yarn.lock flavours are written in: yarn 1's own format
/// (<c>version "1.2.3"</c>) and yarn 2+'s YAML subset (<c>version: 1.2.3</c>). Line by line, so a bad
/// line is reported and skipped while the rest is still read, and every entry keeps its line.
/// </summary>
internal static class YarnLockLines
{
    /// <summary>The top-level entries of <paramref name="text"/>, and the lines that could not be read.</summary>
    public static (List<YarnNode> Entries, List<(int Line, string Message)> Errors) Parse(string text)
    {
        var entries = new List<YarnNode>();
        var errors = new List<(int, string)>();
        var open = new List<(int Indent, YarnNode Node)>();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var number = index + 1;
            var line = lines[index].TrimEnd('\r', ' ', '\t');
            var indent = line.Length - line.TrimStart(' ').Length;
            if (line.Length == indent || line[indent] == '#')
            {
                continue;
            }

            if (line[indent] == '\t')
            {
                errors.Add((number, "indented with a tab; yarn.lock is indented with spaces; line skipped"));
                continue;
            }

            while (open.Count > 0 && open[^1].Indent >= indent)
            {
                open.RemoveAt(open.Count - 1);
            }

            if (indent > 0 && open.Count == 0)
            {
                errors.Add((number, "indented line outside any entry; skipped"));
                continue;
            }

            if (open.Count > 0 && open[^1].Node.Value is not null)
            {
                errors.Add((number, $"indented under \"{open[^1].Node.Key}\", which has a value and so cannot hold nested lines; skipped"));
                continue;
            }

            if (ReadLine(line[indent..], number) is not { } node)
            {
                errors.Add((number, $"cannot read \"{line.Trim()}\" as a key and value; skipped"));
                continue;
            }

            (open.Count == 0 ? entries : open[^1].Node.Children).Add(node);
            open.Add((indent, node));
        }

        return (entries, errors);
    }

    /// <summary>The text of a double-quoted string with its escapes undone, or null when it is not one.</summary>
    public static string? Unquote(string quoted)
    {
        if (quoted.Length < 2 || quoted[0] != '"')
        {
            return null;
        }

        var text = new StringBuilder();
        for (var i = 1; i < quoted.Length; i++)
        {
            var c = quoted[i];
            if (c == '"')
            {
                return i == quoted.Length - 1 ? text.ToString() : null;
            }

            if (c == '\\' && i + 1 < quoted.Length)
            {
                c = quoted[++i];
            }

            text.Append(c);
        }

        return null;
    }

    private static YarnNode? ReadLine(string content, int number)
    {
        if (content.EndsWith(':'))
        {
            var raw = content[..^1].TrimEnd();
            return raw.Length == 0 || raw.Replace("\\\"", "", StringComparison.Ordinal).Count(c => c == '"') % 2 == 1 ? null : new YarnNode { RawKey = raw, Key = Unquote(raw) ?? raw, Line = number };
        }

        string key;
        string rest;
        if (content[0] == '"')
        {
            var end = ClosingQuote(content);
            if (end < 0)
            {
                return null;
            }

            key = content[..(end + 1)];
            rest = content[(end + 1)..];
            rest = rest.StartsWith(':') ? rest[1..] : rest;
        }
        else
        {
            var space = content.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                return null;
            }

            // yarn 2+ writes "key: value"; yarn 1 writes "key value".
            var colon = space > 0 && content[space - 1] == ':';
            key = content[..(colon ? space - 1 : space)];
            rest = content[space..];
        }

        var value = rest.Trim();
        if (value.Length == 0 || key.Length == 0)
        {
            return null;
        }

        if (value[0] == '"')
        {
            value = Unquote(value) ?? value;
        }

        return new YarnNode { RawKey = key, Key = Unquote(key) ?? key, Line = number, Value = value };
    }

    private static int ClosingQuote(string content)
    {
        for (var i = 1; i < content.Length; i++)
        {
            if (content[i] == '\\')
            {
                i++;
            }
            else if (content[i] == '"')
            {
                return i;
            }
        }

        return -1;
    }
}
