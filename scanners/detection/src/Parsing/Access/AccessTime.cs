namespace Bulwark.Scanners.Detection.Parsing.Access;

/// <summary>The access log's <c>%t</c>: <c>10/Oct/2000:13:55:36 -0700</c> (day/month/year:clock zone).</summary>
internal static class AccessTime
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static bool TryRead(string text, ref int position, out DateTimeOffset? time)
    {
        time = null;
        var span = text.AsSpan(position);
        if (span.Length < 26 || span[2] != '/' || span[6] != '/' || span[11] != ':' || span[14] != ':' || span[17] != ':'
            || span[20] != ' ' || (span[21] != '+' && span[21] != '-'))
        {
            return false;
        }

        var month = Array.IndexOf(Months, span.Slice(3, 3).ToString()) + 1;
        if (month == 0 || !Rfc3339.Digits(span[..2], out var day) || !Rfc3339.Digits(span.Slice(7, 4), out var year)
            || !Rfc3339.Digits(span.Slice(12, 2), out var hour) || !Rfc3339.Digits(span.Slice(15, 2), out var minute)
            || !Rfc3339.Digits(span.Slice(18, 2), out var second) || !Rfc3339.Digits(span.Slice(22, 2), out var offsetHours)
            || !Rfc3339.Digits(span.Slice(24, 2), out var offsetMinutes) || !Rfc3339.Valid(year, month, day, hour, minute, second)
            || offsetHours > 14 || offsetMinutes > 59)
        {
            return false;
        }

        var offset = new TimeSpan(offsetHours, offsetMinutes, 0);
        time = new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), span[21] == '-' ? -offset : offset);
        position += 26;
        return true;
    }
}
