using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing.Syslog;

/// <summary>
/// Syslog lines, BSD (RFC 3164: <c>[&lt;PRI&gt;]Mmm dd hh:mm:ss host tag[pid]: message</c>, also with an RFC 3339
/// timestamp as rsyslog writes files today) and RFC 5424 (<c>&lt;PRI&gt;1 TIMESTAMP HOST APP PROCID MSGID [SD] MSG</c>).
/// </summary>
/// <remarks>
/// Fields, each only when the line has it:
/// <list type="bullet">
/// <item><c>host</c>: the HOSTNAME (also <see cref="LogEvent.Host"/>).</item>
/// <item><c>program</c>: the tag's program / APP-NAME; RFC 5424 lines also have it as <c>app</c>.</item>
/// <item><c>pid</c>: the tag's <c>[pid]</c> / PROCID.</item>
/// <item><c>msgid</c>: RFC 5424's MSGID.</item>
/// <item><c>facility</c>, <c>severity</c> (names: <c>authpriv</c>, <c>info</c>) and <c>pri</c> (the number): from a <c>&lt;PRI&gt;</c>.</item>
/// <item><c>sd.&lt;id&gt;.&lt;param&gt;</c>: RFC 5424 structured data (multi-valued when a param repeats).</item>
/// <item><c>message</c>: the text after the header (always present, maybe empty).</item>
/// </list>
/// A BSD timestamp has no year and no zone: see <see cref="SyslogClock"/>.
/// </remarks>
internal sealed class SyslogFormat(SyslogClock? clock = null) : ILineFormat
{
    private readonly SyslogClock _clock = clock ?? SyslogClock.System;

    public string Id => "syslog";

    // Generic: any syslog line scores, but lower than the formats that recognise what the lines are about.
    public double Score(IReadOnlyList<string> firstLines, string fileName) =>
        0.7 * LineByLine.Share(firstLines, line => SyslogParser.TryParse(line, _clock, out _));

    public IEnumerable<LogEvent> Parse(IEnumerable<(long Line, string Text)> lines, string source) =>
        LineByLine.Parse(lines, source, ParseLine);

    public LogEvent? ParseLine(long line, string text, string source) =>
        SyslogParser.TryParse(text, _clock, out var header)
            ? SyslogFields.ToEvent(header, SyslogFields.From(header), Id, line, text, source)
            : null;
}
