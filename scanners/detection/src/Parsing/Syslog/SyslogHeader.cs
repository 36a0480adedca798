namespace Bulwark.Scanners.Detection.Parsing.Syslog;

/// <summary>What the header of one syslog line says (RFC 3164 or RFC 5424), and the message after it.</summary>
internal sealed class SyslogHeader
{
    /// <summary>The <c>&lt;PRI&gt;</c> number (facility × 8 + severity), when the line has one (files usually do not).</summary>
    public int? Priority { get; set; }

    /// <summary>0 for the BSD format (RFC 3164), else the RFC 5424 version (1).</summary>
    public int Version { get; set; }

    public DateTimeOffset? Time { get; set; }

    public string? Host { get; set; }

    /// <summary>The program: RFC 3164's tag before <c>[pid]</c>, RFC 5424's APP-NAME.</summary>
    public string? Program { get; set; }

    public string? Pid { get; set; }

    /// <summary>RFC 5424's MSGID.</summary>
    public string? MessageId { get; set; }

    /// <summary>RFC 5424's structured data, as <c>sd.&lt;id&gt;.&lt;param&gt;</c> names and values (a param may repeat).</summary>
    public List<KeyValuePair<string, string>>? StructuredData { get; set; }

    public string Message { get; set; } = "";
}
