namespace Bulwark.Scanners.Detection.Engine;

/// <summary>
/// A field's literals grouped by their first two characters (case folded), so that where the multi-string search found
/// a literal starting, only the few literals that can start there are compared, not all of them.
/// </summary>
internal sealed class LiteralTable
{
    private readonly Dictionary<int, List<(string Literal, List<int> Rules)>> _byStart = [];
    private readonly List<(string Literal, List<int> Rules)> _short = [];

    public LiteralTable(Dictionary<string, List<int>> rules)
    {
        foreach (var (literal, indexes) in rules)
        {
            if (literal.Length < 2)
            {
                _short.Add((literal, indexes));
                continue;
            }

            var key = Key(literal[0], literal[1]);
            (_byStart.TryGetValue(key, out var list) ? list : _byStart[key] = []).Add((literal, indexes));
        }
    }

    /// <summary>Marks the rules of every literal that <paramref name="text"/> starts with.</summary>
    public void MarkAt(ReadOnlySpan<char> text, Span<bool> candidates)
    {
        foreach (var (literal, indexes) in _short)
        {
            Mark(text, literal, indexes, candidates);
        }

        if (text.Length >= 2 && _byStart.TryGetValue(Key(text[0], text[1]), out var list))
        {
            foreach (var (literal, indexes) in list)
            {
                Mark(text, literal, indexes, candidates);
            }
        }
    }

    private static void Mark(ReadOnlySpan<char> text, string literal, List<int> indexes, Span<bool> candidates)
    {
        if (!text.StartsWith(literal, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (var i in indexes)
        {
            candidates[i] = true;
        }
    }

    private static int Key(char first, char second) => (char.ToUpperInvariant(first) << 16) | char.ToUpperInvariant(second);
}
