using System.Globalization;
using Bulwark.Sdk;

namespace Bulwark.Engine.Settings;

/// <summary>Checks every set value against its declaration, so a typo is reported where it was written.</summary>
public static class SettingChecks
{
    /// <summary>The problems of all values set in <paramref name="values"/>.</summary>
    public static IReadOnlyList<ConfigProblem> Validate(IEnumerable<SettingInfo> declared, SettingValues values)
    {
        var problems = new List<ConfigProblem>();
        foreach (var setting in declared.Where(s => values.IsSet(s.Key)))
        {
            foreach (var value in values.GetList(setting.Key))
            {
                if (Check(setting, value) is { } message)
                {
                    problems.Add(new ConfigProblem(values.Where(setting.Key), $"{setting.Key}: {message}"));
                }
            }
        }

        return problems;
    }

    /// <summary>What is wrong with <paramref name="value"/> for <paramref name="setting"/>, or null.</summary>
    public static string? Check(SettingInfo setting, string value) => setting.Type switch
    {
        SettingType.Choice when setting.Choices.Count > 0 && !setting.Choices.Contains(value, StringComparer.OrdinalIgnoreCase)
            => $"'{value}' is not one of: {string.Join(", ", setting.Choices)}",
        SettingType.Integer when !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 1
            => $"'{value}' is not a positive whole number",
        SettingType.Size when ParseSize(value) is null
            => $"'{value}' is not a size (such as 500KB, 10MB or 1GB)",
        SettingType.Switch when !bool.TryParse(value, out _)
            => $"'{value}' is not true or false",
        _ => null,
    };

    /// <summary>Reads a size such as <c>10MB</c>, <c>512k</c> or <c>1048576</c>, in bytes (binary multiples); null when malformed.</summary>
    public static long? ParseSize(string text)
    {
        var trimmed = text.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        (string Suffix, long Factor)[] units = [("GB", 1L << 30), ("G", 1L << 30), ("MB", 1L << 20), ("M", 1L << 20), ("KB", 1L << 10), ("K", 1L << 10), ("B", 1)];
        var factor = 1L;
        foreach (var (suffix, unit) in units)
        {
            if (trimmed.EndsWith(suffix, StringComparison.Ordinal))
            {
                trimmed = trimmed[..^suffix.Length];
                factor = unit;
                break;
            }
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0
            ? (long)(number * factor)
            : null;
    }
}
