namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>Several whole-value alternatives in one hash look-up.</summary>
internal sealed class ExactSetTest(IReadOnlyList<string> texts, StringComparison comparison) : IValueTest
{
    private readonly HashSet<string> _texts = new(texts, StringComparer.FromComparison(comparison));

    public IReadOnlyList<ValueLiteral>? Literals { get; } = texts.Any(t => t.Length == 0) ? null : [.. texts.Select(t => new ValueLiteral(t, LiteralPlace.Whole))];

    public bool Test(string value) => _texts.Contains(value);
}
