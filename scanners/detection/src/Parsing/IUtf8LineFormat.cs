using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>
/// A line format that reads a line from its UTF-8 bytes as well as from its text, so a log in it is never turned into
/// text line by line (most lines are read, matched by no rule and dropped: decoding them would be wasted).
/// </summary>
internal interface IUtf8LineFormat : ILineFormat
{
    /// <summary>
    /// The event of one line from <paramref name="utf8"/> (valid UTF-8, the event may keep it); null when the format
    /// cannot read it (the caller then reads its text as <see cref="ILineFormat.ParseLine"/> does).
    /// </summary>
    LogEvent? ParseLine(long line, ReadOnlyMemory<byte> utf8, string source);
}
