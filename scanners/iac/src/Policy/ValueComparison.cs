using System.Globalization;
using System.Text.RegularExpressions;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Policy;

/// <summary>
/// How rule operands compare with configuration values across formats that spell the same thing differently:
/// <c>true</c> and <c>"true"</c>, <c>22</c> and <c>"22"</c> are equal, because HCL, YAML and JSON each quote differently.
/// </summary>
public static class ValueComparison
{
    /// <summary>Whether <paramref name="value"/> equals the rule operand <paramref name="operand"/>.</summary>
    public static bool AreEqual(IacValue value, object operand, bool ignoreCase) => (value, operand) switch
    {
        (IacBool b, bool o) => b.Value == o,
        (IacString s, bool o) => string.Equals(s.Value, o ? "true" : "false", StringComparison.OrdinalIgnoreCase),
        (IacNumber n, double o) => n.Value == o,
        (IacString s, double o) => double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed == o,
        (IacNull, null) => true,
        (_, string o) => Text(value) is { } text && string.Equals(text, o, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>The value as text when it is a scalar (numbers and booleans in their usual spelling); null otherwise.</summary>
    public static string? Text(IacValue value) => value switch
    {
        IacString s => s.Value,
        IacNumber n => n.Value.ToString(CultureInfo.InvariantCulture),
        IacBool b => b.Value ? "true" : "false",
        _ => null,
    };

    /// <summary>The value as a number when it is one or spells one.</summary>
    public static double? Number(IacValue value) => value switch
    {
        IacNumber n => n.Value,
        IacString s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>Whether a list holds an item equal to the operand, or a string contains it.</summary>
    public static bool Contains(IacValue value, object operand, bool ignoreCase) => value switch
    {
        IacList list => list.Items.Any(item => AreEqual(item, operand, ignoreCase)),
        IacString s when operand is string o => s.Value.Contains(o, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal),
        IacObject obj when operand is string key => obj.Member(key) is not null,
        _ => false,
    };

    /// <summary>Whether the value's text matches the pattern.</summary>
    public static bool IsMatch(IacValue value, Regex pattern) => Text(value) is { } text && pattern.IsMatch(text);

    /// <summary>Whether a list holds an item the predicate cannot decide (an unknown item).</summary>
    public static bool HasUnknownItem(IacValue value) => value is IacList list && list.Items.Any(i => i is IacUnknown);
}
