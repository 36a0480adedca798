using Bulwark.Scanners.Detection.Sigma.Model;

namespace Bulwark.Scanners.Detection.Sigma.Loading;

/// <summary>
/// Reads <c>field|mod1|mod2</c> and checks the modifiers against the modifiers appendix: names it knows, each once,
/// one type modifier at most, and only companions that have a defined meaning with it. Anything else is refused with
/// the reason, never ignored.
/// </summary>
internal static class ModifierParser
{
    private static readonly SigmaModifier[] Positions = [SigmaModifier.Contains, SigmaModifier.StartsWith, SigmaModifier.EndsWith];
    private static readonly SigmaModifier[] Encodings = [SigmaModifier.Base64, SigmaModifier.Base64Offset, SigmaModifier.Utf16Le, SigmaModifier.Utf16Be, SigmaModifier.Utf16];
    private static readonly SigmaModifier[] Comparisons = [SigmaModifier.Lt, SigmaModifier.Lte, SigmaModifier.Gt, SigmaModifier.Gte];
    private static readonly SigmaModifier[] TimeParts = [SigmaModifier.Minute, SigmaModifier.Hour, SigmaModifier.Day, SigmaModifier.Week, SigmaModifier.Month, SigmaModifier.Year];
    private static readonly SigmaModifier[] RegexFlags = [SigmaModifier.ReIgnoreCase, SigmaModifier.ReMultiline, SigmaModifier.ReDotAll];

    /// <summary>
    /// The field (null for a keyword search such as <c>'|all'</c>) and its modifiers, or why the key is refused.
    /// </summary>
    public static (string? Field, ModifierChain? Chain, string? Error) Parse(string key)
    {
        var pieces = key.Split('|');
        var field = pieces[0].Length == 0 ? null : pieces[0];
        if (field is null && pieces.Length == 1)
        {
            return (null, null, "an empty key: write a field name, or '|all' for keywords that must all appear");
        }

        var order = new List<SigmaModifier>();
        foreach (var name in pieces.Skip(1))
        {
            if (!ModifierNames.TryParse(name, out var modifier))
            {
                return (field, null, $"unknown modifier '{name}' in '{key}' (known: {ModifierNames.Known})");
            }

            if (order.Contains(modifier))
            {
                return (field, null, $"modifier '{name}' appears twice in '{key}'");
            }

            order.Add(modifier);
        }

        var error = Check(order);
        return error is null ? (field, new ModifierChain(order), null) : (field, null, $"'{key}': {error}");
    }

    private static string? Check(List<SigmaModifier> order)
    {
        if (order.Count(Positions.Contains) > 1)
        {
            return "contains, startswith and endswith exclude each other";
        }

        if (order.FirstOrDefault(RegexFlags.Contains) is var flag && RegexFlags.Contains(flag) && !order.Contains(SigmaModifier.Re))
        {
            return $"'{ModifierNames.Name(flag)}' is a sub-modifier of 're' and needs it";
        }

        var types = order.Where(m => m is SigmaModifier.Re or SigmaModifier.Cidr or SigmaModifier.Exists or SigmaModifier.FieldRef || Comparisons.Contains(m)).ToList();
        if (types.Count > 1)
        {
            return $"'{ModifierNames.Name(types[0])}' and '{ModifierNames.Name(types[1])}' cannot be combined";
        }

        if (order.Count(TimeParts.Contains) > 1)
        {
            return "only one time part (minute, hour, day, week, month, year) can be taken from a date";
        }

        SigmaModifier? type = types.Count == 1 ? types[0] : order.Find(TimeParts.Contains) is var part && TimeParts.Contains(part) ? part : null;
        var allowed = Companions(type);
        var stranger = order.FindIndex(m => m != type && m != SigmaModifier.All && !allowed.Contains(m));
        if (stranger >= 0)
        {
            return $"'{ModifierNames.Name(order[stranger])}' has no defined meaning together with '{ModifierNames.Name(type!.Value)}'";
        }

        return type == SigmaModifier.Exists && order.Contains(SigmaModifier.All) ? "'exists' takes one true or false, so 'all' has no meaning" : CheckEncodings(order);
    }

    // What may accompany each type modifier besides 'all'; a chain without a type modifier compares strings.
    private static IReadOnlyCollection<SigmaModifier> Companions(SigmaModifier? type) => type switch
    {
        null => [.. Positions, .. Encodings, SigmaModifier.Windash, SigmaModifier.Expand, SigmaModifier.Cased, SigmaModifier.Neq],
        SigmaModifier.Re => RegexFlags,
        SigmaModifier.Cidr or SigmaModifier.Exists => [],
        SigmaModifier.FieldRef => [.. Positions, SigmaModifier.Cased, SigmaModifier.Neq],
        SigmaModifier.Lt or SigmaModifier.Lte or SigmaModifier.Gt or SigmaModifier.Gte => TimeParts,
        _ => [SigmaModifier.Neq],
    };

    private static string? CheckEncodings(List<SigmaModifier> order)
    {
        var base64 = order.FindIndex(m => m is SigmaModifier.Base64 or SigmaModifier.Base64Offset);
        var utf16 = order.FindIndex(m => m is SigmaModifier.Utf16Le or SigmaModifier.Utf16Be or SigmaModifier.Utf16);
        if (order.Count(m => m is SigmaModifier.Base64 or SigmaModifier.Base64Offset) > 1)
        {
            return "base64 and base64offset exclude each other";
        }

        if (order.Count(m => m is SigmaModifier.Utf16Le or SigmaModifier.Utf16Be or SigmaModifier.Utf16) > 1)
        {
            return "only one of utf16le (wide), utf16be and utf16 can encode a value";
        }

        if (utf16 >= 0 && utf16 > base64)
        {
            return $"'{ModifierNames.Name(order[utf16])}' only chooses the bytes base64 encodes, so it must come before base64 or base64offset";
        }

        var position = order.FindIndex(Positions.Contains);
        if (base64 >= 0 && position >= 0 && position < base64)
        {
            return $"'{ModifierNames.Name(order[position])}' must come after '{ModifierNames.Name(order[base64])}': encoding the wildcards it adds is undefined";
        }

        return null;
    }
}
