namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>
/// Small cursor helpers for reading fixed message shapes (<c>add 'bob' to group 'sudo'</c>) left to right without
/// regular expressions: each either consumes what it expects and moves <c>position</c> past it, or leaves it.
/// </summary>
internal static class TextScan
{
    /// <summary>Consumes <paramref name="literal"/> when the text continues with it.</summary>
    public static bool Expect(string text, ref int position, string literal)
    {
        if (!text.AsSpan(position).StartsWith(literal, StringComparison.Ordinal))
        {
            return false;
        }

        position += literal.Length;
        return true;
    }

    /// <summary>
    /// Consumes a name quoted <c>'like this'</c>, or <c>`like this'</c> as shadow-utils before 4.2 quoted them.
    /// </summary>
    public static bool Quoted(string text, ref int position, out string value)
    {
        value = "";
        if (position >= text.Length || (text[position] != '\'' && text[position] != '`'))
        {
            return false;
        }

        var close = text.IndexOf('\'', position + 1);
        if (close < 0)
        {
            return false;
        }

        value = text[(position + 1)..close];
        position = close + 1;
        return true;
    }

    /// <summary>Consumes the text up to (not including) the next space, or to the end.</summary>
    public static string Word(string text, ref int position)
    {
        var space = text.IndexOf(' ', position);
        var end = space < 0 ? text.Length : space;
        var word = text[position..end];
        position = end;
        return word;
    }

    /// <summary>Consumes a run of ASCII digits (at least one).</summary>
    public static bool Number(string text, ref int position, out string value)
    {
        var end = position;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        value = text[position..end];
        position = end;
        return value.Length > 0;
    }

    /// <summary>
    /// Adds the <c>key=value</c> pairs of <paramref name="text"/>, split on <paramref name="separator"/>, to
    /// <paramref name="fields"/> under lower-case keys (renamed by <paramref name="rename"/>); empty values are left out.
    /// </summary>
    public static void Pairs(string text, string separator, EventFields fields, Func<string, string>? rename = null)
    {
        foreach (var pair in text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == pair.Length - 1)
            {
                continue;
            }

            var key = pair[..equals].ToLowerInvariant();
            fields.Set(rename is null ? key : rename(key), pair[(equals + 1)..]);
        }
    }
}
