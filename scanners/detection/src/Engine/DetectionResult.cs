using Bulwark.Scanners.Detection.Correlation;
using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Sigma.Model;

namespace Bulwark.Scanners.Detection.Engine;

/// <summary>What the engine raised: a rule that matched one event, or a correlation that held over several.</summary>
/// <param name="Rule">The rule that matched (null for a correlation).</param>
/// <param name="Correlation">The correlation that held (null for a rule).</param>
/// <param name="Events">The event(s) that made it.</param>
/// <param name="Group">For a correlation: its group-by fields and values.</param>
internal sealed record DetectionResult(SigmaRule? Rule, CorrelationHit? Correlation, IReadOnlyList<LogEvent> Events, string? Group)
{
    public string Id => Rule?.Id ?? Correlation!.Correlation.Id ?? Correlation.Correlation.Title;

    public string Title => Rule?.Title ?? Correlation!.Correlation.Title;

    public string Level => Rule?.Level ?? Correlation!.Correlation.Level ?? "medium";
}
