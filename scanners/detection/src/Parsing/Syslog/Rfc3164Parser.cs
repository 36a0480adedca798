using System.Diagnostics.CodeAnalysis;

namespace Bulwark.Scanners.Detection.Parsing.Syslog;

/// <summary>
/// The BSD syslog line as rsyslog and syslog-ng write files: <c>Mmm dd hh:mm:ss host tag[pid]: message</c>
/// (RFC 3164 §4.1), or with an RFC 3339 timestamp instead (rsyslog's high-precision file format, the default on
/// recent Debian and Ubuntu). The host may be missing (a line as a device sent it); the tag too.
/// </summary>
internal static class Rfc3164Parser
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static bool TryParse(string text, int position, SyslogClock clock, [NotNullWhen(true)] out SyslogHeader? header)
    {
        header = null;
        DateTimeOffset? time;
        if (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            var end = End(text, position);
            if (!Rfc3339.TryParse(text.AsSpan(position, end - position), out time))
            {
                return false;
            }

            position = end;
        }
        else if (!TryBsdTime(text, ref position, clock, out time))
        {
            return false;
        }

        if (position < text.Length && text[position] != ' ')
        {
            return false;
        }

        header = new SyslogHeader { Time = time };
        ReadHostAndTag(text, Math.Min(position + 1, text.Length), header);
        return true;
    }

    // "Mar 10 12:34:56", "Mar  1 …" (space-padded day, as RFC 3164 asks) or "Mar 01 …", with an optional ".123" fraction.
    private static bool TryBsdTime(string text, ref int position, SyslogClock clock, out DateTimeOffset? time)
    {
        time = null;
        var span = text.AsSpan(position);
        if (span.Length < 14 || span[3] != ' ')
        {
            return false;
        }

        var month = MonthOf(span[..3]);
        var dayStart = span[4] == ' ' ? 5 : 4;
        var dayEnd = span.Length > dayStart + 1 && char.IsAsciiDigit(span[dayStart + 1]) ? dayStart + 2 : dayStart + 1;
        if (month == 0 || !Rfc3339.Digits(span[dayStart..dayEnd], out var day) || span.Length < dayEnd + 9 || span[dayEnd] != ' ')
        {
            return false;
        }

        var clockText = span.Slice(dayEnd + 1, 8);
        if (clockText[2] != ':' || clockText[5] != ':' || !Rfc3339.Digits(clockText[..2], out var hour)
            || !Rfc3339.Digits(clockText[3..5], out var minute) || !Rfc3339.Digits(clockText[6..], out var second))
        {
            return false;
        }

        var end = dayEnd + 9;
        var ticks = 0L;
        if (end < span.Length && span[end] == '.')
        {
            var scale = TimeSpan.TicksPerSecond;
            for (end++; end < span.Length && char.IsAsciiDigit(span[end]); end++)
            {
                scale /= 10;
                ticks += (span[end] - '0') * scale;
            }
        }

        time = clock.Resolve(month, day, hour, minute, second, ticks);
        position += end;
        return time is not null;
    }

    private static int MonthOf(ReadOnlySpan<char> name)
    {
        for (var index = 0; index < Months.Length; index++)
        {
            if (name.SequenceEqual(Months[index]))
            {
                return index + 1;
            }
        }

        return 0;
    }

    private static void ReadHostAndTag(string text, int position, SyslogHeader header)
    {
        var end = End(text, position);
        if (!IsTag(text, position, end))
        {
            header.Host = end > position ? text[position..end] : null;
            position = Math.Min(end + 1, text.Length);
            end = End(text, position);
        }

        if (IsTag(text, position, end))
        {
            ReadTag(text.AsSpan(position, end - position - 1), header);
            position = Math.Min(end + 1, text.Length);
        }

        header.Message = text[position..];
    }

    // A tag is "program:" or "program[pid]:"; a host name never ends with a colon.
    private static bool IsTag(string text, int start, int end) => end - start > 1 && text[end - 1] == ':';

    private static void ReadTag(ReadOnlySpan<char> tag, SyslogHeader header)
    {
        var open = tag.IndexOf('[');
        if (open > 0 && tag[^1] == ']')
        {
            header.Program = tag[..open].ToString();
            header.Pid = tag[(open + 1)..^1].ToString();
            return;
        }

        header.Program = tag.ToString();
    }

    private static int End(string text, int position)
    {
        var space = text.IndexOf(' ', position);
        return space < 0 ? text.Length : space;
    }
}
