using System.Text;

namespace Bulwark.Scanners.Integrity.Meaning;

/// <summary>The text handling every reader shares: lenient decoding, lines, fields and the sorted fact list.</summary>
internal static class FactText
{
    private static readonly char[] Whitespace = [' ', '\t', '\r', '\n', '\v', '\f'];

    /// <summary>The content's lines without their line ends; invalid UTF-8 becomes U+FFFD rather than an error.</summary>
    public static string[] Lines(ReadOnlySpan<byte> content)
    {
        // Encoding.UTF8 replaces invalid bytes instead of throwing: a damaged file still yields its readable lines.
        var text = Encoding.UTF8.GetString(content).TrimStart('\uFEFF');
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimEnd('\r');
        }
        return lines;
    }

    /// <summary>Facts as <see cref="IFactReader.Read"/> promises them: sorted ordinally, each once.</summary>
    public static IReadOnlyList<string> Sorted(IEnumerable<string> facts) =>
        facts.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The whitespace-separated words of <paramref name="text"/>.</summary>
    public static string[] Words(string text) => text.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Runs of whitespace (tabs included) as one space, so a value never breaks a fact's tab-separated fields.</summary>
    public static string Collapse(string text) => string.Join(' ', Words(text));

    /// <summary>A fact's fields, padded with empty ones to <paramref name="count"/> so a fact from an older format still reads.</summary>
    public static string[] Fields(string fact, int count)
    {
        var fields = fact.Split('\t');
        if (fields.Length >= count)
        {
            return fields;
        }
        var padded = new string[count];
        Array.Fill(padded, "");
        fields.CopyTo(padded, 0);
        return padded;
    }

    /// <summary>The text before a fact's first tab: what a reader compares facts by.</summary>
    public static string Key(string fact)
    {
        var tab = fact.IndexOf('\t');
        return tab < 0 ? fact : fact[..tab];
    }

    /// <summary>A field made safe to join with tabs: tabs and line ends become spaces.</summary>
    public static string Clean(string field) =>
        field.IndexOfAny(['\t', '\r', '\n']) < 0 ? field : field.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
