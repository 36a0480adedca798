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
    private readonly Dictionary<string, int[]>? _whole;
    private readonly LiteralTable? _starts;
    private readonly LiteralTable? _ends;
    private readonly BigramFilter? _bigrams;
    private readonly LiteralTable? _anywhere;

    /// <param name="literals">Per place, literal → the rules it marks.</param>
    public FieldPrefilter(IReadOnlyDictionary<LiteralPlace, Dictionary<string, List<int>>> literals)
    {
        Dictionary<string, List<int>>? Of(LiteralPlace place) => literals.TryGetValue(place, out var found) && found.Count > 0 ? found : null;
        if (Of(LiteralPlace.Whole) is { } whole)
        {
            _whole = whole.ToDictionary(w => w.Key, w => w.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        }

        _starts = Of(LiteralPlace.Start) is { } starts ? new LiteralTable(starts) : null;
        _ends = Of(LiteralPlace.End) is { } ends ? new LiteralTable(ends, suffixes: true) : null;
        if (Of(LiteralPlace.Anywhere) is { } anywhere)
        {
            _bigrams = new BigramFilter(anywhere.Keys.Where(k => k.Length >= 2));
            _anywhere = new LiteralTable(anywhere);
        }
    }

    /// <summary>Marks the rules whose literal <paramref name="value"/> holds in its place.</summary>
    public void Mark(string value, Span<bool> candidates)
    {
        if (_whole is not null && _whole.TryGetValue(value, out var rules))
        {
            foreach (var i in rules)
            {
                candidates[i] = true;
            }
        }

        _starts?.Mark(value, candidates);
        _ends?.Mark(value, candidates);
        if (_anywhere is null)
        {
            return;
        }

        var span = value.AsSpan();
        for (var at = 0; at < span.Length; at++)
        {
            // One-character literals (rare) are not in the bitmap; the table compares them at every position itself.
            if (_anywhere.HasShort || (at + 1 < span.Length && _bigrams!.MayStartAt(span, at)))
            {
                _anywhere.Mark(span[at..], candidates);
            }
        }
    }
}
