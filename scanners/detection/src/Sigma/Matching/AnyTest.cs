namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>One rule value that stands for several (base64offset's three shifts, a placeholder's list): any passes.</summary>
internal sealed class AnyTest : IValueTest
{
    private readonly IValueTest[] _tests;

    public AnyTest(IReadOnlyList<IValueTest> tests)
    {
        _tests = [.. tests];
        Literals = tests.Any(t => t.Literals is null) ? null : tests.SelectMany(t => t.Literals!).Distinct().ToList();
    }

    public IReadOnlyList<ValueLiteral>? Literals { get; }

    public bool Test(string value)
    {
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
