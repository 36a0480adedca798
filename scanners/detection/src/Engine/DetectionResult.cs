using Bulwark.Scanners.Detection.Anomalies;
using Bulwark.Scanners.Detection.Correlation;
using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Sigma.Model;

namespace Bulwark.Scanners.Detection.Engine;

/// <summary>What the engine raised: a rule that matched one event, a correlation that held over several, or a rate anomaly.</summary>
/// <param name="Rule">The rule that matched (null for a correlation).</param>
/// <param name="Correlation">The correlation that held (null for a rule).</param>
/// <param name="Events">The event(s) that made it.</param>
/// <param name="Group">For a correlation or an anomaly: its group.</param>
/// <param name="Anomaly">The rate anomaly that fired (null otherwise).</param>
internal sealed record DetectionResult(SigmaRule? Rule, CorrelationHit? Correlation, IReadOnlyList<LogEvent> Events, string? Group, AnomalyHit? Anomaly = null)
{
    public string Id => Rule?.Id ?? Anomaly?.Rule.Id ?? Correlation!.Correlation.Id ?? Correlation.Correlation.Title;

    public string Title => Rule?.Title ?? Anomaly?.Rule.Title ?? Correlation!.Correlation.Title;

    public string Level => Rule?.Level ?? Anomaly?.Rule.Level ?? Correlation!.Correlation.Level ?? "medium";
}
