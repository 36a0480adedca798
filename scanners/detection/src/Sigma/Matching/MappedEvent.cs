using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>
/// A log event seen through a field map. Make one per event and match every candidate rule against it, so the
/// engine allocates once per event, not once per rule.
/// </summary>
internal sealed class MappedEvent(LogEvent logEvent, IFieldMap map) : IEventAccessor
{
    public LogEvent Event => logEvent;

    public string Raw => logEvent.Raw;

    public EventValue? Field(string name) => map.Find(logEvent, name);
}
