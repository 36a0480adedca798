using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Sigma.Model;

namespace Bulwark.Scanners.Detection.Correlation;

/// <summary>A correlation that held: for which group, at what time, and the events that made it (the first ones kept).</summary>
/// <param name="Correlation">The correlation rule.</param>
/// <param name="Group">The group-by fields and their values (empty when the rule has no group-by).</param>
/// <param name="At">The time of the event that completed it.</param>
/// <param name="Count">How many events (event_count), distinct values (value_count) or rules (temporal) it counted.</param>
/// <param name="Events">The events that made it, at most <see cref="CorrelationEngine.EventsKept"/>.</param>
internal sealed record CorrelationHit(SigmaCorrelation Correlation, IReadOnlyList<(string Field, string Value)> Group, DateTimeOffset At, long Count, IReadOnlyList<LogEvent> Events)
{
    public string GroupText => Group.Count == 0 ? "(all events)" : string.Join(", ", Group.Select(g => $"{g.Field}={g.Value}"));
}
