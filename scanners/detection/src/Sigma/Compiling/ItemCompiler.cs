using System.Globalization;
using System.Text.RegularExpressions;
using Bulwark.Scanners.Detection.Sigma.Matching;
using Bulwark.Scanners.Detection.Sigma.Model;

namespace Bulwark.Scanners.Detection.Sigma.Compiling;

/// <summary>Compiles one detection item into a matcher; the loader has already checked its modifiers and values.</summary>
internal static class ItemCompiler
{
    /// <summary>The item's matcher, or the reason it cannot be compiled (a placeholder without a value).</summary>
    public static (IMatcher? Matcher, string? Error) Compile(DetectionItem item, SigmaCompileOptions options)
    {
        var chain = item.Modifiers;
        var values = item.Values.Where(v => !v.IsNull).ToList();
        // Null only for keywords, which the loader allows no exists, fieldref or null value.
        // Interned: events' field lists compare interned names by reference first (FieldList).
        var field = item.Field is null ? null : string.Intern(item.Field);
        switch (chain.Kind)
        {
            case ValueKind.Exists:
                return (new ExistsMatcher(field!, bool.Parse(values[0].Text!)), null);
            case ValueKind.FieldRef:
                var kind = chain.Position switch
                {
                    SigmaModifier.Contains => StringTestKind.Contains,
                    SigmaModifier.StartsWith => StringTestKind.Prefix,
                    SigmaModifier.EndsWith => StringTestKind.Suffix,
                    _ => StringTestKind.Exact,
                };
                var comparison = chain.Cased ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
                return (new FieldRefMatcher(field!, values.Select(v => v.Text!).ToList(), kind, comparison, chain.Neq, chain.All), null);
        }

        var (tests, error) = chain.Kind switch
        {
            ValueKind.Regex => (values.Select(v => (IValueTest)new RegexTest(new Regex(v.Text!, RegexTest.Options(chain), RegexTest.Timeout))).ToList(), null),
            ValueKind.Cidr => (values.Select(v => (IValueTest)CidrTest.Of(v.Text!)).ToList(), null),
            ValueKind.Number => (values.Select(v => (IValueTest)new NumberTest(chain.Comparison, double.Parse(v.Text!, CultureInfo.InvariantCulture), chain.TimePart)).ToList(), null),
            _ => TextTests(values, chain, item.IsKeyword, options),
        };
        if (tests is null)
        {
            return (null, error);
        }

        var matcher = Combine(field, item.IsKeyword, chain.Neq ? tests.Select(t => (IValueTest)new NotTest(t)).ToList() : tests, chain.All);
        if (item.Values.Any(v => v.IsNull))
        {
            IMatcher absent = new NullMatcher(field!);
            matcher = matcher is null ? absent : chain.All ? new AndMatcher([absent, matcher]) : new OrMatcher([absent, matcher]);
        }

        return (matcher ?? ConstantMatcher.Never, null);
    }

    private static IMatcher? Combine(string? field, bool keyword, List<IValueTest> tests, bool all)
    {
        if (tests.Count == 0)
        {
            return null;
        }

        var merged = all ? tests : ValueTests.Merge(tests);
        return keyword ? new KeywordMatcher(merged, all) : new FieldMatcher(field!, merged, all);
    }

    // One test per rule value; a value that expanded to several strings becomes an OR of them.
    private static (List<IValueTest>? Tests, string? Error) TextTests(List<SigmaValue> values, ModifierChain chain, bool keyword, SigmaCompileOptions options)
    {
        var tests = new List<IValueTest>();
        foreach (var value in values)
        {
            var (strings, windash, error) = ValueExpansion.Expand(value, chain, keyword, options);
            if (error is not null)
            {
                return (null, error);
            }

            if (strings.Count == 0)
            {
                // A placeholder with an empty list: this value can match nothing; under 'all' neither can the item.
                if (chain.All)
                {
                    return ([new NotTest(AnyValueTest.Instance)], null);
                }

                continue;
            }

            var variants = ValueTests.Merge(strings.Select(s => ValueTests.For(s, chain.Cased)).ToList());
            var test = variants.Count == 1 ? variants[0] : new AnyTest(variants);
            tests.Add(windash ? new WindashTest(test) : test);
        }

        return (tests, null);
    }
}
