using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Sigma.Matching;

namespace Bulwark.Scanners.Detection.Engine;

/// <summary>
/// One field's literals, by where they must sit: whole values in one hash look-up, prefixes and suffixes compared at
/// the value's ends only (a few per bucket), and only the literals that may sit anywhere need a pass through the value:
/// a bit per position (<see cref="BigramFilter"/>) says whether any literal can start there, and only there are the
/// literals sharing those first characters compared.
/// </summary>
internal sealed class FieldPrefilter
{
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>>? _whole;
    private readonly LiteralTable? _starts;
    private readonly LiteralTable? _ends;
    private readonly BigramFilter? _bigrams;
    private readonly LiteralTable? _anywhere;

    // One more than the highest rule any literal marks: the size of the flags a shared value's marks are worked out in.
    private readonly int _rules;

    /// <param name="literals">Per place, literal → the rules it marks.</param>
    public FieldPrefilter(IReadOnlyDictionary<LiteralPlace, Dictionary<string, List<int>>> literals)
    {
        _rules = literals.Values.SelectMany(l => l.Values).SelectMany(r => r).DefaultIfEmpty(-1).Max() + 1;
        Dictionary<string, List<int>>? Of(LiteralPlace place) => literals.TryGetValue(place, out var found) && found.Count > 0 ? found : null;
        if (Of(LiteralPlace.Whole) is { } whole)
        {
            _whole = whole.ToDictionary(w => w.Key, w => w.Value.ToArray(), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        }

        _starts = Of(LiteralPlace.Start) is { } starts ? new LiteralTable(starts) : null;
        _ends = Of(LiteralPlace.End) is { } ends ? new LiteralTable(ends, suffixes: true) : null;
        if (Of(LiteralPlace.Anywhere) is { } anywhere)
        {
            _bigrams = new BigramFilter(anywhere.Keys.Where(k => k.Length >= 2));
            _anywhere = new LiteralTable(anywhere);
        }
    }

    /// <summary>
    /// As <see cref="Mark(ReadOnlySpan{char}, Span{ulong})"/> for a value shared by the events that repeat it: the rules it marks
    /// are worked out once, kept on the value, and only set on the next events.
    /// </summary>
    public void Mark(EventValue shared, Span<ulong> candidates)
    {
        if (shared.Memo is not Marks marks || !ReferenceEquals(marks.Owner, this))
        {
            var words = RuleBits.Words(_rules);
            Span<ulong> alone = words <= 64 ? stackalloc ulong[words] : new ulong[words];
            alone.Clear();
            Mark(shared.Single!, alone);
            var rules = new List<int>();
            for (var i = 0; i < _rules; i++)
            {
                if (RuleBits.Has(alone, i))
                {
                    rules.Add(i);
                }
            }

            marks = new Marks(this, [.. rules]);
            shared.Memo = marks;
        }

        foreach (var i in marks.Rules)
        {
            RuleBits.Set(candidates, i);
        }
    }

    /// <summary>Marks the rules whose literal <paramref name="value"/> holds in its place.</summary>
    public void Mark(ReadOnlySpan<char> value, Span<ulong> candidates)
    {
        if (_whole is { } whole && whole.TryGetValue(value, out var rules))
        {
            foreach (var i in rules)
            {
                RuleBits.Set(candidates, i);
            }
        }

        _starts?.Mark(value, candidates);
        _ends?.Mark(value, candidates);
        if (_anywhere is null)
        {
            return;
        }

        var span = value;
        if (_anywhere.HasShort)
        {
            // One-character literals (rare) are not in the bitmap; the table compares them at every position itself.
            for (var at = 0; at < span.Length; at++)
            {
                _anywhere.Mark(span[at..], candidates);
            }

            return;
        }

        // Each character's class is worked out once and carried to the next position as the pair's first.
        var next = span.Length > 0 ? BigramFilter.Class(span[0]) : 0;
        for (var at = 0; at + 1 < span.Length; at++)
        {
            var first = next;
            next = BigramFilter.Class(span[at + 1]);
            if (_bigrams!.Has(first, next))
            {
                _anywhere.Mark(span[at..], candidates);
            }
        }
    }

    // Whose marks they are: a value read for one engine may be read by another (tests build several).
    private sealed record Marks(FieldPrefilter Owner, int[] Rules);
}
