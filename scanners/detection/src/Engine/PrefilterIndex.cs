using System.Buffers;
using Bulwark.Scanners.Detection.Events;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Detection.Engine;

/// <summary>
/// Which of a format's rules an event can possibly match, found without running them: every rule that requires one of
/// some literals (<c>CompiledRule.Prefilter</c>) is indexed under them, per field as the format names it, and one
/// multi-string search per field (<see cref="SearchValues{T}"/>, vectorised) finds which literals an event contains.
/// Only those rules, and the rules that have no literal to require, are then evaluated.
/// </summary>
internal sealed class PrefilterIndex
{
    private const string Raw = "\0raw";
    private readonly List<int> _always = [];
    private readonly List<(string Field, SearchValues<string> Search, LiteralTable Literals)> _fields = [];
    private readonly int _count;

    /// <param name="requirements">Per candidate, in order: the literals one of which it needs, by the format's field name (null: the raw text), or null when it needs none.</param>
    public PrefilterIndex(IReadOnlyList<IReadOnlyList<(string? Field, string Text)>?> requirements)
    {
        _count = requirements.Count;
        var byField = new Dictionary<string, Dictionary<string, List<int>>>(StringComparer.Ordinal);
        for (var i = 0; i < requirements.Count; i++)
        {
            if (requirements[i] is not { Count: > 0 } literals || literals.Any(l => l.Text.Length == 0))
            {
                _always.Add(i);
                continue;
            }

            foreach (var (field, text) in literals)
            {
                var rules = byField.TryGetValue(field ?? Raw, out var known) ? known : byField[field ?? Raw] = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
                (rules.TryGetValue(text, out var list) ? list : rules[text] = []).Add(i);
            }
        }

        foreach (var (field, rules) in byField)
        {
            _fields.Add((field, SearchValues.Create([.. rules.Keys], StringComparison.OrdinalIgnoreCase), new LiteralTable(rules)));
        }
    }

    /// <summary>Marks in <paramref name="candidates"/> (one flag per rule, cleared by the caller) the rules worth evaluating.</summary>
    public void Mark(LogEvent logEvent, Span<bool> candidates)
    {
        foreach (var i in _always)
        {
            candidates[i] = true;
        }

        foreach (var (field, search, literals) in _fields)
        {
            if (field == Raw)
            {
                Find(logEvent.Raw, search, literals, candidates);
            }
            else if (logEvent.Fields.TryGetValue(field, out var value))
            {
                foreach (var text in value.Values)
                {
                    Find(text, search, literals, candidates);
                }
            }
        }
    }

    public int Count => _count;

    private static void Find(string text, SearchValues<string> search, LiteralTable literals, Span<bool> candidates)
    {
        var span = text.AsSpan();
        var at = 0;
        while (at < span.Length)
        {
            var found = span[at..].IndexOfAny(search);
            if (found < 0)
            {
                return;
            }

            // The search says where a literal starts, not which: the literals sharing its first characters are checked.
            literals.MarkAt(span[(at + found)..], candidates);

            at += found + 1;
        }
    }
}
