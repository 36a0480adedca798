namespace Bulwark.Scanners.Detection.Events;

/// <summary>Reads all the fields of an event that was read only partly (<see cref="LogEvent.Partial"/>), from its raw text.</summary>
internal interface IPartialEventReader
{
    IReadOnlyDictionary<string, EventValue> AllFields(LogEvent partial);
}
