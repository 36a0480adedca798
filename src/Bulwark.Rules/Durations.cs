using System.Globalization;

namespace Bulwark.Rules;

/// <summary>
/// Durations as rule and config files write them: a whole positive number and one unit letter, <c>s</c>, <c>m</c>,
/// <c>h</c>, <c>d</c> or <c>w</c> (<c>90s</c>, <c>5m</c>, <c>1h</c>, <c>7d</c>, <c>2w</c>), the form Sigma's correlation
/// rules use.
/// </summary>
public static class Durations
{
    /// <summary>The duration <paramref name="text"/> stands for, or null when it is not one.</summary>
    public static TimeSpan? Parse(string? text)
    {
        if (text is not { Length: >= 2 } || !long.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            return null;
        }

        return text[^1] switch
        {
            's' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            'd' => TimeSpan.FromDays(amount),
            'w' => TimeSpan.FromDays(amount * 7),
            _ => null,
        };
    }
}
