namespace Bulwark.Scanners.Detection.Engine;

/// <summary>
/// A field's literals grouped by their first two characters (or, for a table of suffixes, their last two), case folded,
/// so that where a literal may start (or where the value ends) only the few literals sharing those characters are
/// compared, not all of them.
/// </summary>
internal sealed class LiteralTable
{
    private readonly Dictionary<int, (string Literal, int[] Rules)[]> _byKey;
    private readonly (string Literal, int[] Rules)[] _short;
    private readonly bool _suffixes;

    /// <param name="rules">Literal → the rules it marks.</param>
    /// <param name="suffixes">True to compare literals with the end of the text instead of its start.</param>
    public LiteralTable(IReadOnlyDictionary<string, List<int>> rules, bool suffixes = false)
    {
        _suffixes = suffixes;
        _short = [.. rules.Where(r => r.Key.Length < 2).Select(r => (r.Key, r.Value.ToArray()))];
        _byKey = rules.Where(r => r.Key.Length >= 2)
            .GroupBy(r => KeyOf(r.Key))
            .ToDictionary(g => g.Key, g => g.Select(r => (r.Key, r.Value.ToArray())).ToArray());
    }

    public int Count => _byKey.Values.Sum(l => l.Length) + _short.Length;

    /// <summary>Whether some literal is a single character (compared wherever the table is asked).</summary>
    public bool HasShort => _short.Length > 0;

    /// <summary>Marks the rules of every literal that <paramref name="text"/> starts (or, for suffixes, ends) with.</summary>
    public void Mark(ReadOnlySpan<char> text, Span<bool> candidates)
    {
        foreach (var (literal, rules) in _short)
        {
            MarkIf(text, literal, rules, candidates);
        }

        if (text.Length >= 2 && _byKey.TryGetValue(KeyOf(text), out var list))
        {
            foreach (var (literal, rules) in list)
            {
                MarkIf(text, literal, rules, candidates);
            }
        }
    }

    private void MarkIf(ReadOnlySpan<char> text, string literal, int[] rules, Span<bool> candidates)
    {
        if (_suffixes ? !text.EndsWith(literal, StringComparison.OrdinalIgnoreCase) : !text.StartsWith(literal, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (var i in rules)
        {
            candidates[i] = true;
        }
    }

    private int KeyOf(ReadOnlySpan<char> text) => _suffixes ? Key(text[^2], text[^1]) : Key(text[0], text[1]);

    private static int Key(char first, char second) => (char.ToUpperInvariant(first) << 16) | char.ToUpperInvariant(second);
}
