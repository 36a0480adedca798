namespace Bulwark.Scanners.Detection.Sigma.Model;

/// <summary>
/// One value of a detection item as written: <see cref="Text"/> is the YAML text (null for a YAML null), and
/// <see cref="Pattern"/> the same text read as a Sigma string (wildcards, escapes, and placeholders under <c>expand</c>).
/// Type modifiers (<c>re</c>, <c>cidr</c>, <c>gt</c>, <c>fieldref</c>) read <see cref="Text"/> instead.
/// </summary>
internal sealed record SigmaValue(string? Text, SigmaString? Pattern, string Where)
{
    public bool IsNull => Text is null;

    public override string ToString() => Text ?? "null";
}
