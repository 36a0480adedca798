namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>
/// Several <c>startswith</c> (or <c>endswith</c>) alternatives at once: they are bucketed by their first (or last)
/// character, so a value is compared only with the few that share its own. Rules list dozens of such paths.
/// </summary>
internal sealed class AffixSetTest : IValueTest
{
    private readonly Dictionary<char, string[]> _buckets;
    private readonly bool _suffix;
    private readonly StringComparison _comparison;

    public AffixSetTest(StringTestKind kind, IReadOnlyList<string> texts, StringComparison comparison)
    {
        _suffix = kind == StringTestKind.Suffix;
        _comparison = comparison;
        _buckets = texts.GroupBy(t => Key(_suffix ? t[^1] : t[0])).ToDictionary(g => g.Key, g => g.ToArray());
        Literals = [.. texts.Select(t => new ValueLiteral(t, StringTest.PlaceOf(kind)))];
    }

    public IReadOnlyList<ValueLiteral>? Literals { get; }

    public bool Test(string value)
    {
        if (value.Length == 0 || !_buckets.TryGetValue(Key(_suffix ? value[^1] : value[0]), out var candidates))
        {
            return false;
        }

        foreach (var text in candidates)
        {
            if (_suffix ? value.EndsWith(text, _comparison) : value.StartsWith(text, _comparison))
            {
                return true;
            }
        }

        return false;
    }

    // OrdinalIgnoreCase compares characters by their invariant upper case, so bucketing by it loses no match.
    private char Key(char c) => _comparison == StringComparison.OrdinalIgnoreCase ? char.ToUpperInvariant(c) : c;
}
