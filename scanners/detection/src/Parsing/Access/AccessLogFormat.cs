using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing.Access;

/// <summary>
/// Web server access logs in the NCSA common and combined formats that nginx and Apache write by default
/// (<c>IP IDENT USER [10/Oct/2000:13:55:36 -0700] "GET /x?y HTTP/1.1" 200 2326 "REFERER" "AGENT"</c>), also with
/// Apache's <c>vhost_combined</c> <c>HOST:PORT</c> first. Fields use Sigma's webserver taxonomy names:
/// <list type="bullet">
/// <item><c>c-ip</c>; <c>cs-username</c> (when not <c>-</c>); <c>cs-host</c> and <c>s-port</c> (vhost_combined).</item>
/// <item><c>cs-method</c>, <c>cs-uri</c> (the whole target), <c>cs-uri-stem</c> (before <c>?</c>),
/// <c>cs-uri-query</c> (after <c>?</c>, when there is one), <c>cs-version</c>; and <c>request</c>, the request line
/// as written (the only one of these when it is not <c>METHOD TARGET[ VERSION]</c>, a TLS handshake sent to a plain
/// port for instance).</item>
/// <item><c>sc-status</c>; <c>sc-bytes</c> (when not <c>-</c>).</item>
/// <item><c>cs-referer</c>, <c>cs-user-agent</c> (combined only; as written, <c>-</c> included).</item>
/// </list>
/// Quoted values are kept as the server escaped them (<c>\x22</c>, <c>\"</c>). Fields after the user agent are ignored.
/// </summary>
internal sealed class AccessLogFormat : ILineFormat
{
    public string Id => "access";

    public double Score(IReadOnlyList<string> firstLines, string fileName)
    {
        var share = LineByLine.Share(firstLines, static line => AccessLogLine.TryParse(line, new EventFields(), out _));
        return share == 0 ? 0 : (0.9 * share) + (fileName.Contains("access", StringComparison.Ordinal) ? 0.05 : 0);
    }

    public IEnumerable<LogEvent> Parse(IEnumerable<(long Line, string Text)> lines, string source) =>
        LineByLine.Parse(lines, source, ParseLine);

    public LogEvent? ParseLine(long line, string text, string source)
    {
        var fields = new EventFields();
        if (!AccessLogLine.TryParse(text, fields, out var time))
        {
            return null;
        }

        return new LogEvent
        {
            Source = source,
            Line = line,
            Time = time,
            Format = Id,
            Fields = fields.Build(),
            Raw = text,
        };
    }
}
