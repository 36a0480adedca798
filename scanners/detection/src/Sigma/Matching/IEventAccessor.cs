using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>
/// What a compiled rule reads of an event: a field by its Sigma name (field mapping already applied by the
/// implementation), and the whole text for keyword searches.
/// </summary>
internal interface IEventAccessor
{
    /// <summary>The field's value; null when the event has no such field.</summary>
    EventValue? Field(string name);

    /// <summary>The event's text, searched by keywords.</summary>
    string Raw { get; }
}
