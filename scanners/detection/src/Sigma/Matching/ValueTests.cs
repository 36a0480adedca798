using Bulwark.Scanners.Detection.Sigma.Model;

namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>Making tests from Sigma strings, merging OR-ed literals into set look-ups, and what a list of tests requires.</summary>
internal static class ValueTests
{
    /// <summary>The cheapest test for a Sigma string: a plain literal, prefix, suffix or substring when it can be, else a glob.</summary>
    public static IValueTest For(SigmaString pattern, bool cased)
    {
        var comparison = cased ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var parts = pattern.Parts;
        bool Any(int i) => parts[i].Kind == SigmaPartKind.AnyChars;
        bool Text(int i) => parts[i].Kind == SigmaPartKind.Literal;
        return parts.Count switch
        {
            0 => new StringTest(StringTestKind.Exact, "", comparison),
            1 when Text(0) => new StringTest(StringTestKind.Exact, parts[0].Text, comparison),
            1 when Any(0) => AnyValueTest.Instance,
            2 when Any(0) && Text(1) => new StringTest(StringTestKind.Suffix, parts[1].Text, comparison),
            2 when Text(0) && Any(1) => new StringTest(StringTestKind.Prefix, parts[0].Text, comparison),
            3 when Any(0) && Text(1) && Any(2) => new StringTest(StringTestKind.Contains, parts[1].Text, comparison),
            _ => new GlobTest(pattern, comparison),
        };
    }

    /// <summary>
    /// OR-ed tests with their literals merged by kind: several exact values become one hash look-up, several substrings
    /// one multi-string search, several prefixes or suffixes one bucketed look-up, and globs share one search for their literals. Only valid when any one passing is enough.
    /// </summary>
    public static IReadOnlyList<IValueTest> Merge(IReadOnlyList<IValueTest> tests)
    {
        var merged = new List<IValueTest>();
        var absorbed = new HashSet<IValueTest>();
        foreach (var group in tests.OfType<StringTest>().Where(t => t.Text.Length > 0).GroupBy(t => (t.Kind, t.Comparison)).Where(g => g.Count() > 1))
        {
            var texts = group.Select(t => t.Text).Distinct().ToList();
            merged.Add(group.Key.Kind switch
            {
                StringTestKind.Exact => new ExactSetTest(texts, group.Key.Comparison),
                StringTestKind.Contains => new ContainsAnyTest(texts, group.Key.Comparison),
                _ => new AffixSetTest(group.Key.Kind, texts, group.Key.Comparison),
            });
            absorbed.UnionWith(group);
        }

        var globs = tests.OfType<GlobTest>().Where(g => g.Literals is not null).ToList<IValueTest>();
        if (globs.Count > 1)
        {
            merged.Add(new GuardedTest(globs));
            absorbed.UnionWith(globs);
        }

        merged.AddRange(tests.Where(t => !absorbed.Contains(t)));
        return merged;
    }

    /// <summary>
    /// What a field (or, for null, the raw text) must contain for these tests to pass: with OR one requirement made of
    /// every test's literals, with AND one per test. A test without literals leaves OR with no requirement.
    /// </summary>
    public static IReadOnlyList<LiteralRequirement> Requirements(string? field, IReadOnlyList<IValueTest> tests, bool all)
    {
        LiteralRequirement Of(IEnumerable<ValueLiteral> literals) => new(literals.Distinct().Select(l => new FieldLiteral(field, l.Text, l.Place)).ToList());
        if (all)
        {
            return tests.Where(t => t.Literals is { Count: > 0 }).Select(t => Of(t.Literals!)).ToList();
        }

        return tests.Count > 0 && tests.All(t => t.Literals is { Count: > 0 }) ? [Of(tests.SelectMany(t => t.Literals!))] : Matching.Requirements.None;
    }
}
