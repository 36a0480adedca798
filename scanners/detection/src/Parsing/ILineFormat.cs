using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>
/// A format whose events are single lines, each read on its own (nothing carried from one line to the next), so a
/// log in it can be read in batches on several threads (<see cref="ParallelLines"/>).
/// </summary>
internal interface ILineFormat : ILogFormat
{
    /// <summary>The event of one line; null when the format cannot read it (the caller keeps it as a raw event).</summary>
    LogEvent? ParseLine(long line, string text, string source);
}
