using System.Globalization;
using System.Text.RegularExpressions;
using Bulwark.Scanners.Detection.Sigma.Matching;
using Bulwark.Scanners.Detection.Sigma.Model;

namespace Bulwark.Scanners.Detection.Sigma.Loading;

/// <summary>
/// Checks an item's values against what its modifiers need (a number for <c>gt</c>, a network for <c>cidr</c>, a
/// regular expression that compiles for <c>re</c>), so a rule that could never work is refused when it loads.
/// </summary>
internal static class ValueChecks
{
    /// <summary>Why the item cannot be used, or null when it can.</summary>
    public static string? Check(DetectionItem item)
    {
        var chain = item.Modifiers;
        if (item.Values.Count == 0)
        {
            return "the list of values is empty";
        }

        if (item.IsKeyword && chain.Kind is not (ValueKind.Text or ValueKind.Regex))
        {
            return $"a keyword search (no field name) cannot use '{chain}': it needs a field";
        }

        if (item.Values.Any(v => v.IsNull) && (item.IsKeyword || chain.Order.Count > 0))
        {
            return item.IsKeyword ? "a keyword cannot be null" : $"null (the field is absent) cannot be used with modifiers ('{chain}')";
        }

        return item.Values.Where(v => !v.IsNull).Select(v => CheckValue(chain, v)).FirstOrDefault(e => e is not null)
            ?? (chain.Kind == ValueKind.Exists && item.Values.Count != 1 ? "'exists' takes a single true or false, not a list" : null);
    }

    private static string? CheckValue(ModifierChain chain, SigmaValue value)
    {
        var text = value.Text!;
        switch (chain.Kind)
        {
            case ValueKind.Exists:
                return bool.TryParse(text, out _) ? null : $"'exists' takes true or false, not '{text}'";
            case ValueKind.Number:
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? null : $"'{text}' is not a number ('{chain}' compares numbers)";
            case ValueKind.Cidr:
                return CidrTest.TryParse(text, out _) ? null : $"'{text}' is not an IPv4 or IPv6 network in CIDR notation (address/prefix length)";
            case ValueKind.FieldRef:
                return text.Length > 0 ? null : "'fieldref' needs the name of another field";
            case ValueKind.Regex:
                return RegexError(chain, text);
            default:
                var encodes = chain.Order.Any(m => m is SigmaModifier.Base64 or SigmaModifier.Base64Offset);
                return encodes && value.Pattern!.HasWildcards ? $"'{text}' has wildcards, and base64 cannot encode a wildcard (escape them as \\* and \\?)" : null;
        }
    }

    private static string? RegexError(ModifierChain chain, string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexTest.Options(chain) & ~RegexOptions.Compiled, RegexTest.Timeout);
            return null;
        }
        catch (ArgumentException e)
        {
            return $"the regular expression '{pattern}' does not compile: {e.Message}";
        }
    }
}
