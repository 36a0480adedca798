using System.Globalization;

namespace Bulwark.Server.Findings;

/// <summary>
/// Days to fix a finding, by severity, counted from when it was first seen; info has none. A finding still open past
/// its due date is breached; one due within <see cref="SoonDays"/> days (or within a quarter of its allowance, when that
/// is shorter) is soon due.
/// </summary>
internal sealed record SlaPolicy(int Critical, int High, int Medium, int Low)
{
    public const string SettingKey = "sla";
    public const int SoonDays = 7;

    public static SlaPolicy Default { get; } = new(7, 30, 90, 180);

    /// <summary>Days allowed for a severity (0 info … 4 critical); null for info.</summary>
    public int? Days(int severity) => severity switch
    {
        4 => Critical,
        3 => High,
        2 => Medium,
        1 => Low,
        _ => null,
    };

    /// <summary>How close to the due date counts as soon due, for a severity.</summary>
    public TimeSpan Warning(int severity) => TimeSpan.FromDays(Math.Min(SoonDays, Math.Max(1, (Days(severity) ?? 0) / 4.0)));

    public string Serialize() => string.Create(CultureInfo.InvariantCulture, $"critical={Critical},high={High},medium={Medium},low={Low}");

    /// <summary>Reads <c>critical=7,high=30,medium=90,low=180</c> (any order; a severity left out keeps its default).</summary>
    public static (SlaPolicy? Policy, string? Problem) Parse(string text)
    {
        var policy = Default;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days is < 1 or > 3650)
            {
                return (null, $"'{part}': expected SEVERITY=DAYS with 1 to 3650 days");
            }

            policy = pair[0] switch
            {
                "critical" => policy with { Critical = days },
                "high" => policy with { High = days },
                "medium" => policy with { Medium = days },
                "low" => policy with { Low = days },
                _ => null!,
            };
            if (policy is null)
            {
                return (null, $"'{pair[0]}': the severities with a time to fix are critical, high, medium and low");
            }
        }

        return (policy, null);
    }
}
