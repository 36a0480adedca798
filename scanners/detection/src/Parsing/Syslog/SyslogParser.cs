using System.Diagnostics.CodeAnalysis;

namespace Bulwark.Scanners.Detection.Parsing.Syslog;

/// <summary>
/// Reads the header of a syslog line: the optional <c>&lt;PRI&gt;</c>, then RFC 5424 when a version follows it,
/// else the BSD format (RFC 3164) as files hold it.
/// </summary>
internal static class SyslogParser
{
    public static bool TryParse(string text, SyslogClock clock, [NotNullWhen(true)] out SyslogHeader? header)
    {
        header = null;
        var position = 0;
        int? priority = null;
        if (text.StartsWith('<'))
        {
            if (!TryPriority(text, out var value, out position))
            {
                return false;
            }

            priority = value;
        }

        var parsed = position + 1 < text.Length && char.IsAsciiDigit(text[position]) && text[position + 1] == ' '
            ? Rfc5424Parser.TryParse(text, position, out header)
            : Rfc3164Parser.TryParse(text, position, clock, out header);
        if (parsed)
        {
            header!.Priority = priority;
        }

        return parsed;
    }

    private static bool TryPriority(string text, out int priority, out int end)
    {
        priority = 0;
        end = text.IndexOf('>', 1);
        if (end is < 2 or > 4 || !Rfc3339.Digits(text.AsSpan(1, end - 1), out priority) || priority > SyslogPriority.Maximum)
        {
            return false;
        }

        end++;
        return true;
    }
}
