using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>
/// The format of a file no other format recognises (or chosen with <c>raw</c>): every line is a raw event whose only
/// field is <c>message</c>, the text, so keyword rules still apply.
/// </summary>
internal sealed class RawFormat : ILineFormat
{
    public string Id => RawEvent.FormatId;

    // Never chosen by sniffing; the reader falls back to it when nothing scores well enough.
    public double Score(IReadOnlyList<string> firstLines, string fileName) => 0;

    public IEnumerable<LogEvent> Parse(IEnumerable<(long Line, string Text)> lines, string source) =>
        LineByLine.Parse(lines, source, ParseLine);

    public LogEvent? ParseLine(long line, string text, string source) => null;
}
