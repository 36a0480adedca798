namespace Bulwark.Sdk;

/// <summary>The lower-case names of <see cref="Severity"/> used in config files, rule files and reports.</summary>
public static class SeverityNames
{
    /// <summary>Every severity name, most severe first.</summary>
    public static IReadOnlyList<string> All { get; } = ["critical", "high", "medium", "low", "info"];

    /// <summary>The lower-case name of <paramref name="severity"/>.</summary>
    public static string Name(this Severity severity) => severity switch
    {
        Severity.Critical => "critical",
        Severity.High => "high",
        Severity.Medium => "medium",
        Severity.Low => "low",
        _ => "info",
    };

    /// <summary>Reads a severity name, ignoring case; false when it names none.</summary>
    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "critical": severity = Severity.Critical; return true;
            case "high": severity = Severity.High; return true;
            case "medium": severity = Severity.Medium; return true;
            case "low": severity = Severity.Low; return true;
            case "info": severity = Severity.Info; return true;
            default: severity = Severity.Info; return false;
        }
    }
}
