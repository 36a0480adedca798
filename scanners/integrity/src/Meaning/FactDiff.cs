namespace Bulwark.Scanners.Integrity.Meaning;

/// <summary>Pairs two fact lists by a key (an account name, a package) so a reader can say what each difference means.</summary>
internal static class FactDiff
{
    /// <summary>
    /// Every fact that differs, by key in ordinal order: (fact, null) went, (null, fact) appeared, (old, new) changed.
    /// A key with several facts on one side (a name listed twice) is not paired: its facts are reported as gone and
    /// appeared, since which of the two is "the" account is exactly what is in doubt.
    /// </summary>
    public static IEnumerable<(string? Before, string? After)> ByKey(
        IReadOnlyList<string> before, IReadOnlyList<string> after, Func<string, string> key)
    {
        var old = Group(before, key);
        var now = Group(after, key);
        var keys = old.Keys.Union(now.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var k in keys)
        {
            var gone = Except(old, now, k);
            var came = Except(now, old, k);
            if (gone.Count == 1 && came.Count == 1)
            {
                yield return (gone[0], came[0]);
                continue;
            }
            foreach (var fact in gone)
            {
                yield return (fact, null);
            }
            foreach (var fact in came)
            {
                yield return (null, fact);
            }
        }
    }

    /// <summary>The facts of <paramref name="after"/> missing from <paramref name="before"/>, in order.</summary>
    public static IEnumerable<string> Added(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var old = before.ToHashSet(StringComparer.Ordinal);
        return after.Where(f => !old.Contains(f)).Distinct(StringComparer.Ordinal);
    }

    private static Dictionary<string, List<string>> Group(IReadOnlyList<string> facts, Func<string, string> key)
    {
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            var k = key(fact);
            if (!groups.TryGetValue(k, out var list))
            {
                groups[k] = list = [];
            }
            if (!list.Contains(fact, StringComparer.Ordinal))
            {
                list.Add(fact);
            }
        }
        return groups;
    }

    private static List<string> Except(Dictionary<string, List<string>> side, Dictionary<string, List<string>> other, string key)
    {
        if (!side.TryGetValue(key, out var facts))
        {
            return [];
        }
        if (!other.TryGetValue(key, out var others))
        {
            return facts;
        }
        return facts.Where(f => !others.Contains(f, StringComparer.Ordinal)).ToList();
    }
}
