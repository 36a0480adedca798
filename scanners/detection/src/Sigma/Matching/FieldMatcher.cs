using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>
/// A field's values against an item's tests: any test passing (OR), or with <c>all</c> every test passing. A field
/// holding several values passes a test when any of its values does; an absent or null field passes none.
/// </summary>
internal sealed class FieldMatcher : IMatcher
{
    private readonly string _field;
    private readonly IValueTest[] _tests;
    private readonly bool _all;

    public FieldMatcher(string field, IReadOnlyList<IValueTest> tests, bool all)
    {
        _field = field;
        _tests = [.. tests];
        _all = all;
        Requirements = ValueTests.Requirements(field, tests, all);
    }

    public IReadOnlyList<LiteralRequirement> Requirements { get; }

    public bool Matches(IEventAccessor e) => e.Field(_field) is { IsNull: false } value && Passes(value, _tests, _all);

    /// <summary>Shared with keyword searches, which test the raw text the same way.</summary>
    public static bool Passes(EventValue value, IValueTest[] tests, bool all)
    {
        foreach (var test in tests)
        {
            if (AnyPasses(value, test) != all)
            {
                return !all;
            }
        }

        return all;
    }

    private static bool AnyPasses(EventValue value, IValueTest test)
    {
        if (value.Single is { } single)
        {
            return test.Test(single);
        }

        foreach (var one in value.Many!)
        {
            if (test.Test(one))
            {
                return true;
            }
        }

        return false;
    }
}
