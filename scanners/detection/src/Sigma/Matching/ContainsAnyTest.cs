using System.Buffers;

namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>Several <c>contains</c> alternatives searched at once (a multi-string search, not one pass per literal).</summary>
internal sealed class ContainsAnyTest(IReadOnlyList<string> texts, StringComparison comparison) : IValueTest
{
    private readonly SearchValues<string> _texts = SearchValues.Create([.. texts], comparison);

    public IReadOnlyList<ValueLiteral>? Literals { get; } = ValueLiteral.Anywhere(texts);

    public bool Test(string value) => value.AsSpan().ContainsAny(_texts);
}
