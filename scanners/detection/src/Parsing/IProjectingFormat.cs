namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>
/// A format that can read just the fields a caller will look at: most of a JSON line's fields are never read by any
/// rule, and turning each into a string is most of the cost of reading it. Its events say so
/// (<see cref="Events.LogEvent.Partial"/>) and can be read whole again when one is reported.
/// </summary>
internal interface IProjectingFormat : ILogFormat
{
    /// <summary>This format, reading only <paramref name="fields"/> (by the names events carry) of each event.</summary>
    ILogFormat Reading(IReadOnlySet<string> fields);
}
