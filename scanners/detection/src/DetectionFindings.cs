using System.Globalization;
using Bulwark.Scanners.Detection.Engine;
using Bulwark.Scanners.Detection.Events;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Detection;

/// <summary>Detections as the engine's findings: the rule's id and level, at the first event's file and line.</summary>
internal static class DetectionFindings
{
    public static Finding For(DetectionResult result)
    {
        var first = result.Events[0];
        var level = result.Level;
        var message = result.Correlation is { } hit
            ? $"{result.Title}: {hit.Count} for {result.Group} within {hit.Correlation.Timespan}"
            : result.Anomaly is { } anomaly
                ? $"{result.Title}: {anomaly.Describe()}"
                : $"{result.Title}: {Shorten(first.Raw)}";
        return new Finding
        {
            Scanner = DetectionModule.Id,
            RuleId = result.Id,
            Severity = SeverityOf(level),
            Title = result.Title,
            Message = message,
            Location = new Location(first.Source, (int)Math.Min(first.Line, int.MaxValue), (int)Math.Min(first.Line, int.MaxValue)),
            Fingerprint = Fingerprints.Of(DetectionModule.Id, result.Id, first.Source, first.Time?.ToString("O", CultureInfo.InvariantCulture) ?? "", first.Raw),
            Evidence = Shorten(first.Raw),
            References = result.Rule?.References ?? result.Correlation?.Correlation.References ?? [],
            Detection = new FindingDetection { Level = level, Group = result.Group, Events = [.. result.Events.Select(Event)] },
        };
    }

    private static DetectedEvent Event(LogEvent e) => new(
        e.Source,
        e.Line,
        e.Time?.ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture),
        e.AllFields().ToDictionary(f => f.Key, f => string.Join(",", f.Value.Values), StringComparer.Ordinal));

    private static Severity SeverityOf(string level) => level.ToLowerInvariant() switch
    {
        "critical" => Severity.Critical,
        "high" => Severity.High,
        "medium" => Severity.Medium,
        "low" => Severity.Low,
        _ => Severity.Info,
    };

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
