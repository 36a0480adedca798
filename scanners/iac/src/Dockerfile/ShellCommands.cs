namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>
/// Splits a shell command line into the simple commands rules look at, best effort: it cuts at <c>&amp;&amp;</c>,
/// <c>||</c>, <c>;</c>, <c>|</c>, <c>&amp;</c> and line breaks, but not inside quotes, backticks or <c>$( )</c>, not
/// at an escaped line break, and not at the <c>&amp;</c> of a redirection (<c>2&gt;&amp;1</c>). Shell comments are left out.
/// </summary>
internal static class ShellCommands
{
    /// <summary>The commands between <paramref name="start"/> and <paramref name="end"/>, as trimmed spans.</summary>
    public static List<(int Start, int End)> Split(string text, int start, int end)
    {
        var spans = new List<(int Start, int End)>();
        var from = start;
        var quote = '\0';
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\\' && quote != '\'')
            {
                i++;
                continue;
            }

            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
                continue;
            }

            if (c is '\'' or '"' or '`')
            {
                quote = c;
                continue;
            }

            if (c == '(' && i > start && text[i - 1] == '$')
            {
                depth++;
                continue;
            }

            if (c == ')' && depth > 0)
            {
                depth--;
                continue;
            }

            if (depth > 0)
            {
                continue;
            }

            if (c == '#' && (i == start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is ';' or '&' or '|'))
            {
                Add(spans, text, from, i);
                var lineEnd = text.IndexOf('\n', i, end - i);
                i = lineEnd < 0 ? end : lineEnd - 1;
                from = lineEnd < 0 ? end : lineEnd;
                continue;
            }

            var length = OperatorLength(text, i, start, end);
            if (length > 0)
            {
                Add(spans, text, from, i);
                i += length - 1;
                from = i + 1;
            }
        }

        Add(spans, text, from, end);
        return spans;
    }

    private static int OperatorLength(string text, int i, int start, int end)
    {
        var next = i + 1 < end ? text[i + 1] : '\0';
        return text[i] switch
        {
            '&' when next == '&' => 2,
            '|' when next is '|' or '&' => 2,
            ';' or '|' or '\n' => 1,
            // "2>&1", "&>file" and "<&3" are redirections, not a background "&".
            '&' when next != '>' && (i == start || text[i - 1] is not ('>' or '<')) => 1,
            _ => 0,
        };
    }

    private static void Add(List<(int Start, int End)> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add((start, end));
        }
    }
}
