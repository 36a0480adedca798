using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>
/// The loop of every format whose events are single lines: each line is read on its own, and a line the format
/// cannot read, or one too long to be a real record, becomes a raw event in its place.
/// </summary>
internal static class LineByLine
{
    public delegate LogEvent? LineParser(long line, string text, string source);

    public static IEnumerable<LogEvent> Parse(IEnumerable<(long Line, string Text)> lines, string source, LineParser parse)
    {
        foreach (var (line, text) in lines)
        {
            yield return One(line, text, source, parse);
        }
    }

    /// <summary>The event of one line: the format's, or a raw one when it cannot read it or the line is too long to be a record.</summary>
    public static LogEvent One(long line, string text, string source, LineParser parse) =>
        (text.Length > LineReader.MaxLineLength ? null : parse(line, text, source)) ?? RawEvent.For(line, text, source);

    /// <summary>
    /// As <see cref="One(long, string, string, LineParser)"/> for a line read as bytes (its own, kept by the event):
    /// read from them when they are valid UTF-8, and from the text when not, as a text reader would have decoded it.
    /// </summary>
    public static LogEvent One(LogLine line, string source, IUtf8LineFormat format)
    {
        if (line.Text is null && System.Text.Unicode.Utf8.IsValid(line.Utf8.Span) && format.ParseLine(line.Number, line.Utf8, source) is { } read)
        {
            return read;
        }

        return One(line.Number, line.Decoded(), source, format.ParseLine);
    }

    /// <summary>The share of <paramref name="lines"/> that <paramref name="matches"/>, 0 for none.</summary>
    public static double Share(IReadOnlyList<string> lines, Func<string, bool> matches)
    {
        if (lines.Count == 0)
        {
            return 0;
        }

        var count = 0;
        foreach (var line in lines)
        {
            if (matches(line))
            {
                count++;
            }
        }

        return (double)count / lines.Count;
    }
}
