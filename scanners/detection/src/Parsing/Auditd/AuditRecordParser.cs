using System.Diagnostics.CodeAnalysis;

namespace Bulwark.Scanners.Detection.Parsing.Auditd;

/// <summary>
/// Reads one audit record line. Values are <c>"quoted"</c>, bare (numbers, or hex for strings that needed encoding),
/// or, for userspace messages, a nested <c>msg='key=value …'</c> whose pairs are read as the record's own. With
/// <c>log_format=ENRICHED</c> a GS character (0x1D) separates the kernel's fields from auditd's translations
/// (<c>UID="root"</c>); both halves are kept.
/// </summary>
internal static class AuditRecordParser
{
    private const char GroupSeparator = '\u001d';

    public static bool TryParse(long line, string text, [NotNullWhen(true)] out AuditRecord? record)
    {
        record = null;
        var position = 0;
        string? node = null;
        if (TextScan.Expect(text, ref position, "node="))
        {
            node = TextScan.Word(text, ref position);
            if (!TextScan.Expect(text, ref position, " "))
            {
                return false;
            }
        }

        if (!TextScan.Expect(text, ref position, "type="))
        {
            return false;
        }

        var type = TextScan.Word(text, ref position);
        if (type.Length == 0 || !TextScan.Expect(text, ref position, " msg=audit(") || !TryId(text, ref position, out var id, out var time))
        {
            return false;
        }

        var fields = new List<AuditField>();
        ReadFields(text, position, text.Length, fields);
        record = new AuditRecord { Line = line, Text = text, Node = node, Type = type, Id = id, Time = time, Fields = fields };
        return true;
    }

    // "1700000000.123:456): "
    private static bool TryId(string text, ref int position, out string id, out DateTimeOffset time)
    {
        id = "";
        time = default;
        var start = position;
        if (!TextScan.Number(text, ref position, out var seconds) || !TextScan.Expect(text, ref position, ".")
            || !TextScan.Number(text, ref position, out var millis) || !TextScan.Expect(text, ref position, ":")
            || !TextScan.Number(text, ref position, out _) || !TextScan.Expect(text, ref position, "):")
            || !long.TryParse(seconds, out var unix) || unix > 253402300799 || millis.Length > 3)
        {
            return false;
        }

        id = text[start..(position - 2)];
        time = DateTimeOffset.FromUnixTimeSeconds(unix).AddMilliseconds(int.Parse(millis.PadRight(3, '0'), System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }

    private static void ReadFields(string text, int position, int end, List<AuditField> fields)
    {
        while (position < end)
        {
            if (IsSeparator(text[position]))
            {
                position++;
                continue;
            }

            var equals = text.IndexOf('=', position, end - position);
            var separator = NextSeparator(text, position, end);
            if (equals < 0 || equals > separator)
            {
                // A word that is not a pair (AVC's "avc:  denied  { read } for"): skipped.
                position = separator;
                continue;
            }

            var key = text[position..equals];
            position = ReadValue(text, equals + 1, end, key, fields);
        }
    }

    private static int ReadValue(string text, int position, int end, string key, List<AuditField> fields)
    {
        if (position < end && (text[position] == '"' || text[position] == '\''))
        {
            var quote = text[position];
            var close = text.IndexOf(quote, position + 1, end - position - 1);
            var valueEnd = close < 0 ? end : close;
            if (quote == '\'' && key == "msg")
            {
                ReadFields(text, position + 1, valueEnd, fields);
            }
            else
            {
                fields.Add(new AuditField(key, text[(position + 1)..valueEnd], Quoted: true));
            }

            return close < 0 ? end : close + 1;
        }

        var separator = NextSeparator(text, position, end);
        fields.Add(new AuditField(key, text[position..separator], Quoted: false));
        return separator;
    }

    private static bool IsSeparator(char c) => c is ' ' or GroupSeparator;

    private static int NextSeparator(string text, int position, int end)
    {
        var index = text.AsSpan(position, end - position).IndexOfAny(' ', GroupSeparator);
        return index < 0 ? end : position + index;
    }
}
