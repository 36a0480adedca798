using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Correlation;

/// <summary>A base rule that matched an event: what correlations count, group and order.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="RuleName">The rule's name (correlations may refer to either), or null.</param>
/// <param name="Event">The event.</param>
/// <param name="Field">Reads a field of the event by its Sigma name, through the rule's field mapping.</param>
internal sealed record RuleMatch(string? RuleId, string? RuleName, LogEvent Event, Func<string, EventValue?> Field);
