namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary><c>neq</c>: the value must not pass the test (the field must still be present to be compared).</summary>
internal sealed class NotTest(IValueTest inner) : IValueTest
{
    public IReadOnlyList<ValueLiteral>? Literals => null;

    public bool Test(string value) => !inner.Test(value);
}
