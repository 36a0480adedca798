using System.Buffers;

namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>
/// OR-ed tests (globs, mostly) behind one multi-string search for their literals: a value containing none of them
/// cannot pass any test, so most values are turned away without trying each pattern.
/// </summary>
internal sealed class GuardedTest : IValueTest
{
    private readonly SearchValues<string> _guard;
    private readonly IValueTest[] _tests;

    /// <summary><paramref name="tests"/> must each have literals (<see cref="IValueTest.Literals"/> not null).</summary>
    public GuardedTest(IReadOnlyList<IValueTest> tests)
    {
        _tests = [.. tests];
        Literals = tests.SelectMany(t => t.Literals!).Distinct().ToList();
        _guard = SearchValues.Create([.. Literals.Select(l => l.Text).Distinct()], StringComparison.OrdinalIgnoreCase);
    }

    public IReadOnlyList<ValueLiteral>? Literals { get; }

    public bool Test(string value)
    {
        if (!value.AsSpan().ContainsAny(_guard))
        {
            return false;
        }

        foreach (var test in _tests)
        {
            if (test.Test(value))
            {
                return true;
            }
        }

        return false;
    }
}
