namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>A test of one text value (a field's, or the event's raw text) against a rule value.</summary>
internal interface IValueTest
{
    bool Test(string value);

    /// <summary>
    /// Texts of which every value that passes contains at least one (ignoring case), each where it must sit; null when
    /// no such text is known (a number, a negation, a regular expression with no certain text: <see cref="RegexLiterals"/>).
    /// </summary>
    IReadOnlyList<ValueLiteral>? Literals { get; }
}
