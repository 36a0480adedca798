namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>The value <c>*</c>: any value at all passes, the empty one too (the field must still be present).</summary>
internal sealed class AnyValueTest : IValueTest
{
    public static AnyValueTest Instance { get; } = new();

    public IReadOnlyList<ValueLiteral>? Literals => null;

    public bool Test(string value) => true;
}
