using System.Numerics;

namespace Bulwark.Scanners.Detection.Engine;

/// <summary>
/// A field's literals grouped by their first two characters (or, for a table of suffixes, their last two), case folded,
/// so that where a literal may start (or where the value ends) only the few literals sharing those characters are
/// compared, not all of them.
/// </summary>
internal sealed class LiteralTable
{
    // The groups by key in a small open-addressed table (a quarter full): one multiply and mostly one probe per look-up,
    // cheaper than a dictionary's comparer calls on a path taken at almost every character of a command line.
    private readonly int[] _keys;
    private readonly Entry[]?[] _groups;
    private readonly int _shift;
    private readonly Entry[] _short;
    private readonly bool _suffixes;

    /// <param name="rules">Literal → the rules it marks.</param>
    /// <param name="suffixes">True to compare literals with the end of the text instead of its start.</param>
    public LiteralTable(IReadOnlyDictionary<string, List<int>> rules, bool suffixes = false)
    {
        _suffixes = suffixes;
        _short = [.. rules.Where(r => r.Key.Length < 2).Select(r => Entry.Of(r.Key, r.Value, suffixes))];
        var groups = rules.Where(r => r.Key.Length >= 2)
            .GroupBy(r => KeyOf(r.Key))
            .ToDictionary(g => g.Key, g => g.Select(r => Entry.Of(r.Key, r.Value, suffixes)).ToArray());
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, groups.Count * 4));
        _shift = 32 - BitOperations.Log2((uint)size);
        _keys = new int[size];
        _groups = new Entry[]?[size];
        foreach (var (key, list) in groups)
        {
            var at = Slot(key);
            while (_groups[at] is not null)
            {
                at = (at + 1) & (size - 1);
            }

            (_keys[at], _groups[at]) = (key, list);
        }

        Count = groups.Values.Sum(l => l.Length) + _short.Length;
    }

    public int Count { get; }

    /// <summary>Whether some literal is a single character (compared wherever the table is asked).</summary>
    public bool HasShort => _short.Length > 0;

    /// <summary>Marks the rules of every literal that <paramref name="text"/> starts (or, for suffixes, ends) with.</summary>
    public void Mark(ReadOnlySpan<char> text, Span<ulong> candidates)
    {
        foreach (var entry in _short)
        {
            MarkIf(text, default, entry, candidates);
        }

        if (text.Length < 2)
        {
            return;
        }

        var key = KeyOf(text);
        for (var at = Slot(key); _groups[at] is { } group; at = (at + 1) & (_keys.Length - 1))
        {
            if (_keys[at] == key)
            {
                var folded = group.Length > 1 ? Folded.Of(text, _suffixes) : default;
                foreach (var entry in group)
                {
                    MarkIf(text, folded, entry, candidates);
                }

                return;
            }
        }
    }

    private void MarkIf(ReadOnlySpan<char> text, Folded folded, Entry entry, Span<ulong> candidates)
    {
        // Most literals sharing their first two characters differ in the next two: compared folded, in one go, first.
        if (!folded.MayBe(entry.Folded))
        {
            return;
        }

        if (_suffixes ? !text.EndsWith(entry.Literal, StringComparison.OrdinalIgnoreCase) : !text.StartsWith(entry.Literal, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (var i in entry.Rules)
        {
            RuleBits.Set(candidates, i);
        }
    }

    private sealed record Entry(string Literal, int[] Rules, Folded Folded)
    {
        public static Entry Of(string literal, List<int> rules, bool suffixes) => new(literal, [.. rules], Folded.Of(literal, suffixes));
    }

    private int KeyOf(ReadOnlySpan<char> text) => _suffixes ? Key(text[^2], text[^1]) : Key(text[0], text[1]);

    private int Slot(int key) => (int)((uint)key * 0x9E3779B1u >> _shift);

    private static int Key(char first, char second) => (char.ToUpperInvariant(first) << 16) | char.ToUpperInvariant(second);
}
