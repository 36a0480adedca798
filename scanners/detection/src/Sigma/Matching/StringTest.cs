namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>A literal compared with ordinal string operations: equal, starts with, ends with, or contains.</summary>
internal sealed class StringTest(StringTestKind kind, string text, StringComparison comparison) : IValueTest
{
    public StringTestKind Kind => kind;

    public string Text => text;

    public StringComparison Comparison => comparison;

    public IReadOnlyList<ValueLiteral>? Literals { get; } = text.Length == 0 ? null : [new ValueLiteral(text, PlaceOf(kind))];

    public static LiteralPlace PlaceOf(StringTestKind kind) => kind switch
    {
        StringTestKind.Exact => LiteralPlace.Whole,
        StringTestKind.Prefix => LiteralPlace.Start,
        StringTestKind.Suffix => LiteralPlace.End,
        _ => LiteralPlace.Anywhere,
    };

    public bool Test(string value) => Compare(kind, value, text, comparison);

    public static bool Compare(StringTestKind kind, string value, string text, StringComparison comparison) => kind switch
    {
        StringTestKind.Exact => string.Equals(value, text, comparison),
        StringTestKind.Prefix => value.StartsWith(text, comparison),
        StringTestKind.Suffix => value.EndsWith(text, comparison),
        _ => value.Contains(text, comparison),
    };
}
