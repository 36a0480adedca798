namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>Keywords searched in the event's raw text: any of them, or with <c>'|all'</c> every one.</summary>
internal sealed class KeywordMatcher : IMatcher
{
    private readonly IValueTest[] _tests;
    private readonly bool _all;

    public KeywordMatcher(IReadOnlyList<IValueTest> tests, bool all)
    {
        _tests = [.. tests];
        _all = all;
        Requirements = ValueTests.Requirements(null, tests, all);
    }

    public IReadOnlyList<LiteralRequirement> Requirements { get; }

    public bool Matches(IEventAccessor e)
    {
        var raw = e.Raw;
        foreach (var test in _tests)
        {
            if (test.Test(raw) != _all)
            {
                return !_all;
            }
        }

        return _all;
    }
}
