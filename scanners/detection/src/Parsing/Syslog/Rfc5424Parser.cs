using System.Diagnostics.CodeAnalysis;

namespace Bulwark.Scanners.Detection.Parsing.Syslog;

/// <summary>
/// The RFC 5424 line after its PRI: <c>VERSION TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA [MSG]</c>,
/// where <c>-</c> is an absent value (RFC 5424 §6). The message loses its UTF-8 byte-order mark.
/// </summary>
internal static class Rfc5424Parser
{
    private const string Nil = "-";

    public static bool TryParse(string text, int position, [NotNullWhen(true)] out SyslogHeader? header)
    {
        header = null;
        var version = text[position] - '0';
        position += 2;
        if (version == 0 || !Next(text, ref position, out var timestamp) || !Next(text, ref position, out var host)
            || !Next(text, ref position, out var app) || !Next(text, ref position, out var pid)
            || !Next(text, ref position, out var messageId))
        {
            return false;
        }

        DateTimeOffset? time = null;
        if (timestamp != Nil && !Rfc3339.TryParse(timestamp, out time))
        {
            return false;
        }

        header = new SyslogHeader
        {
            Version = version,
            Time = time,
            Host = Value(host),
            Program = Value(app),
            Pid = Value(pid),
            MessageId = Value(messageId),
        };
        if (!ReadStructuredData(text, ref position, header))
        {
            return false;
        }

        if (position < text.Length)
        {
            if (text[position] != ' ')
            {
                return false;
            }

            header.Message = text[(position + 1)..].TrimStart('\uFEFF');
        }

        return true;
    }

    private static bool ReadStructuredData(string text, ref int position, SyslogHeader header)
    {
        if (text.AsSpan(position).StartsWith(Nil) && (position + 1 == text.Length || text[position + 1] == ' '))
        {
            position++;
            return true;
        }

        if (position >= text.Length || text[position] != '[')
        {
            return false;
        }

        header.StructuredData = [];
        while (position < text.Length && text[position] == '[')
        {
            if (!StructuredData.TryReadElement(text, ref position, header.StructuredData))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Next(string text, ref int position, [NotNullWhen(true)] out string? token)
    {
        token = null;
        var space = text.IndexOf(' ', position);
        if (space <= position)
        {
            return false;
        }

        token = text[position..space];
        position = space + 1;
        return true;
    }

    private static string? Value(string token) => token == Nil ? null : token;
}
