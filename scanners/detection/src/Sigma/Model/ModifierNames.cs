namespace Bulwark.Scanners.Detection.Sigma.Model;

/// <summary>The spelling of each modifier in rule files, and the aliases the specification and pySigma accept.</summary>
internal static class ModifierNames
{
    private static readonly Dictionary<string, SigmaModifier> ByName = new(StringComparer.Ordinal)
    {
        ["contains"] = SigmaModifier.Contains,
        ["startswith"] = SigmaModifier.StartsWith,
        ["endswith"] = SigmaModifier.EndsWith,
        ["all"] = SigmaModifier.All,
        ["cased"] = SigmaModifier.Cased,
        ["exists"] = SigmaModifier.Exists,
        ["neq"] = SigmaModifier.Neq,
        ["windash"] = SigmaModifier.Windash,
        ["re"] = SigmaModifier.Re,
        ["i"] = SigmaModifier.ReIgnoreCase,
        ["ignorecase"] = SigmaModifier.ReIgnoreCase,
        ["m"] = SigmaModifier.ReMultiline,
        ["multiline"] = SigmaModifier.ReMultiline,
        ["s"] = SigmaModifier.ReDotAll,
        ["dotall"] = SigmaModifier.ReDotAll,
        ["base64"] = SigmaModifier.Base64,
        ["base64offset"] = SigmaModifier.Base64Offset,
        ["utf16le"] = SigmaModifier.Utf16Le,
        ["wide"] = SigmaModifier.Utf16Le,
        ["utf16be"] = SigmaModifier.Utf16Be,
        ["utf16"] = SigmaModifier.Utf16,
        ["lt"] = SigmaModifier.Lt,
        ["lte"] = SigmaModifier.Lte,
        ["gt"] = SigmaModifier.Gt,
        ["gte"] = SigmaModifier.Gte,
        ["cidr"] = SigmaModifier.Cidr,
        ["expand"] = SigmaModifier.Expand,
        ["fieldref"] = SigmaModifier.FieldRef,
        ["minute"] = SigmaModifier.Minute,
        ["hour"] = SigmaModifier.Hour,
        ["day"] = SigmaModifier.Day,
        ["week"] = SigmaModifier.Week,
        ["month"] = SigmaModifier.Month,
        ["year"] = SigmaModifier.Year,
    };

    public static bool TryParse(string name, out SigmaModifier modifier) => ByName.TryGetValue(name, out modifier);

    /// <summary>The canonical name (<c>utf16le</c> for <c>wide</c>).</summary>
    public static string Name(SigmaModifier modifier) => ByName.First(pair => pair.Value == modifier).Key;

    /// <summary>Every accepted name, for the message about an unknown one.</summary>
    public static string Known => string.Join(", ", ByName.Keys);
}
