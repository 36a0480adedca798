using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>
/// The event for a line its format could not read: format <c>raw</c>, one field <c>message</c> with the text, and
/// <c>truncated</c> = <c>true</c> when the line was longer than <see cref="LineReader.MaxLineLength"/> and only its
/// start was kept. Rules can still search it by keyword; nothing a log says is dropped.
/// </summary>
internal static class RawEvent
{
    /// <summary>The format id of raw events.</summary>
    public const string FormatId = "raw";

    public static LogEvent For(long line, string text, string source)
    {
        var fields = new EventFields();
        fields.Set("message", text);
        if (text.Length > LineReader.MaxLineLength)
        {
            fields.Set("truncated", "true");
        }

        return new LogEvent
        {
            Source = source,
            Line = line,
            Format = FormatId,
            Fields = fields.Build(),
            Raw = text,
        };
    }
}
