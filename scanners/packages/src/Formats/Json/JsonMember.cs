namespace Bulwark.Scanners.Packages.Formats.Json;

/// <summary>
/// One member of a JSON object, with the position of its key: a lockfile entry starts at its key, which is
/// where a finding about the entry should point (the value may open on a later line).
/// </summary>
/// <param name="Name">The key.</param>
/// <param name="Line">The 1-based line of the key.</param>
/// <param name="Column">The 1-based column (in UTF-8 bytes) of the key's opening quote.</param>
/// <param name="Value">The value.</param>
internal sealed record JsonMember(string Name, int Line, int Column, LocatedJson Value)
{
    /// <summary>Splits into key and value, for <c>foreach (var (name, value) in node.Members)</c>.</summary>
    /// <param name="name">The key.</param>
    /// <param name="value">The value.</param>
    public void Deconstruct(out string name, out LocatedJson value)
    {
        name = Name;
        value = Value;
    }
}
