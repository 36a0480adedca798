using System.Buffers;
using System.Text;
using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Sigma.Matching;

namespace Bulwark.Scanners.Detection.Engine;

/// <summary>
/// Which of a format's rules an event can possibly match, found without running them: every rule that requires one of
/// some literals (<c>CompiledRule.Prefilter</c>) is indexed under them, per field as the format names it and by where in
/// the value each must sit (<see cref="FieldPrefilter"/>). Only the rules whose literal an event holds, and the rules
/// that have no literal to require, are then evaluated. A rule with a second requirement (<c>SecondPrefilter</c>) is
/// indexed under its literals too, as a bit one word-block further on, and is evaluated only when both are held.
/// </summary>
internal sealed class PrefilterIndex
{
    private readonly int[] _always;
    private readonly (string Field, FieldPrefilter Literals)[] _fields;
    private readonly FieldPrefilter? _raw;

    // Where the second requirements' bits start (Count rounded up to whole words), and which rules have one.
    private readonly int _words;
    private readonly ulong[] _needsSecond;

    /// <param name="requirements">Per candidate, in order: the literals one of which it needs, by the format's field name (null: the raw text), or null when it needs none.</param>
    /// <param name="seconds">Per candidate, as <paramref name="requirements"/>: a second requirement it also needs, or null.</param>
    public PrefilterIndex(IReadOnlyList<IReadOnlyList<FieldLiteral>?> requirements, IReadOnlyList<IReadOnlyList<FieldLiteral>?>? seconds = null)
    {
        Count = requirements.Count;
        _words = RuleBits.Words(Count);
        _needsSecond = new ulong[_words];
        var always = new List<int>();
        var byField = new Dictionary<string, Dictionary<LiteralPlace, Dictionary<string, List<int>>>>(StringComparer.Ordinal);
        for (var i = 0; i < requirements.Count; i++)
        {
            if (!Usable(requirements[i]))
            {
                always.Add(i);
                continue;
            }

            Index(byField, requirements[i]!, i);
            // A one-character literal is compared at every position of its field's values (LiteralTable.HasShort):
            // worth it to find a rule at all, not to turn away a rule already found.
            if (seconds is not null && Usable(seconds[i]) && seconds[i]!.All(l => l.Text.Length >= 2))
            {
                RuleBits.Set(_needsSecond, i);
                Index(byField, seconds[i]!, (_words << 6) + i);
            }
        }

        _always = [.. always];
        _raw = byField.Remove(RawField, out var raw) ? new FieldPrefilter(raw) : null;
        _fields = [.. byField.Select(f => (f.Key, new FieldPrefilter(f.Value)))];
    }

    private static bool Usable(IReadOnlyList<FieldLiteral>? literals) => literals is { Count: > 0 } && literals.All(l => l.Text.Length > 0);

    private static void Index(Dictionary<string, Dictionary<LiteralPlace, Dictionary<string, List<int>>>> byField, IReadOnlyList<FieldLiteral> literals, int bit)
    {
        foreach (var literal in literals)
        {
            var field = literal.Field is null ? RawField : string.Intern(literal.Field);
            var places = byField.TryGetValue(field, out var known) ? known : byField[field] = [];
            var texts = places.TryGetValue(literal.Place, out var forPlace) ? forPlace : places[literal.Place] = new(StringComparer.OrdinalIgnoreCase);
            (texts.TryGetValue(literal.Text, out var list) ? list : texts[literal.Text] = []).Add(bit);
        }
    }

    // Keys the raw text among field names; no parser names a field with a NUL.
    private const string RawField = "\0raw";

    public int Count { get; }

    /// <summary>Marks in <paramref name="candidates"/> (one bit per rule, cleared by the caller: <see cref="RuleBits"/>) the rules worth evaluating.</summary>
    public void Mark(LogEvent logEvent, Span<ulong> candidates)
    {
        Span<ulong> both = _words <= 32 ? stackalloc ulong[2 * _words] : new ulong[2 * _words];
        both.Clear();
        MarkEach(logEvent, both);
        var first = both[.._words];
        var second = both[_words..];
        for (var w = 0; w < _words; w++)
        {
            candidates[w] |= first[w] & (~_needsSecond[w] | second[w]);
        }

        foreach (var i in _always)
        {
            RuleBits.Set(candidates, i);
        }
    }

    // Each requirement's bit, the first requirements' in the first words and the second ones' after them.
    private void MarkEach(LogEvent logEvent, Span<ulong> candidates)
    {
        _raw?.Mark(logEvent.Raw, candidates);
        foreach (var (field, literals) in _fields)
        {
            if (!logEvent.Fields.TryGetValue(field, out var value))
            {
                continue;
            }

            if (value.IsShared)
            {
                literals.Mark(value, candidates);
                continue;
            }

            if (!value.Utf8.IsEmpty)
            {
                // Decoded where it is looked at, not into a string: most values are read by no rule after this.
                Mark(literals, value.Utf8, candidates);
                continue;
            }

            if (value.Single is { } single)
            {
                literals.Mark(single, candidates);
                continue;
            }

            foreach (var text in value.Values)
            {
                literals.Mark(text, candidates);
            }
        }
    }

    private static void Mark(FieldPrefilter literals, ReadOnlySpan<byte> utf8, Span<ulong> candidates)
    {
        // Valid UTF-8 never decodes to more characters than it has bytes.
        char[]? rented = null;
        var chars = utf8.Length <= 512 ? stackalloc char[utf8.Length] : (rented = ArrayPool<char>.Shared.Rent(utf8.Length));
        var count = Encoding.UTF8.GetChars(utf8, chars);
        literals.Mark(chars[..count], candidates);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }
}
