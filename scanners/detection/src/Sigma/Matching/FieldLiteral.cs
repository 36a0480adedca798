namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>
/// Text that a field's value (or, when <see cref="Field"/> is null, the event's raw text) contains at
/// <see cref="Place"/>, compared without regard to case. The field is the rule's Sigma name, before field mapping.
/// </summary>
internal readonly record struct FieldLiteral(string? Field, string Text, LiteralPlace Place = LiteralPlace.Anywhere)
{
    public override string ToString() => (Field ?? "<raw>") + new ValueLiteral(Text, Place);
}
