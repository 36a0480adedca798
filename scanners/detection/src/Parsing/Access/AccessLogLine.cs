using System.Text;

namespace Bulwark.Scanners.Detection.Parsing.Access;

/// <summary>Reads one common/combined log line, left to right, into <see cref="AccessLogFormat"/>'s fields.</summary>
internal static class AccessLogLine
{
    public static bool TryParse(string text, EventFields fields, out DateTimeOffset? time)
    {
        time = null;
        var position = 0;
        var words = new List<string>(4);
        while (position < text.Length && text[position] != '[' && words.Count < 4)
        {
            words.Add(TextScan.Word(text, ref position));
            if (!TextScan.Expect(text, ref position, " "))
            {
                return false;
            }
        }

        if (words.Count is not (3 or 4) || !TextScan.Expect(text, ref position, "[") || !AccessTime.TryRead(text, ref position, out time)
            || !TextScan.Expect(text, ref position, "] ") || !Quoted(text, ref position, out var request)
            || !TextScan.Expect(text, ref position, " ") || !TextScan.Number(text, ref position, out var status)
            || !TextScan.Expect(text, ref position, " "))
        {
            return false;
        }

        var bytes = TextScan.Word(text, ref position);
        if (bytes != "-" && !IsNumber(bytes))
        {
            return false;
        }

        Endpoints(words, fields);
        Request(request, fields);
        fields.Set("sc-status", status);
        if (bytes != "-")
        {
            fields.Set("sc-bytes", bytes);
        }

        if (TextScan.Expect(text, ref position, " ") && Quoted(text, ref position, out var referer))
        {
            fields.Set("cs-referer", referer);
            if (TextScan.Expect(text, ref position, " ") && Quoted(text, ref position, out var agent))
            {
                fields.Set("cs-user-agent", agent);
            }
        }

        return true;
    }

    private static void Endpoints(List<string> words, EventFields fields)
    {
        var first = words.Count - 3;
        if (first == 1)
        {
            var colon = words[0].LastIndexOf(':');
            fields.Set("cs-host", colon < 0 ? words[0] : words[0][..colon]);
            if (colon >= 0)
            {
                fields.Set("s-port", words[0][(colon + 1)..]);
            }
        }

        fields.Set("c-ip", words[first]);
        if (words[first + 2] != "-")
        {
            fields.Set("cs-username", words[first + 2]);
        }
    }

    // "GET /path?query HTTP/1.1", or HTTP/0.9's "GET /path".
    private static void Request(string request, EventFields fields)
    {
        fields.Set("request", request);
        var first = request.IndexOf(' ', StringComparison.Ordinal);
        var last = request.LastIndexOf(' ');
        if (first <= 0)
        {
            return;
        }

        var hasVersion = last > first && request.AsSpan(last + 1).StartsWith("HTTP/", StringComparison.Ordinal);
        var target = hasVersion ? request[(first + 1)..last] : request[(first + 1)..];
        fields.Set("cs-method", request[..first]);
        fields.Set("cs-uri", target);
        var question = target.IndexOf('?', StringComparison.Ordinal);
        fields.Set("cs-uri-stem", question < 0 ? target : target[..question]);
        if (question >= 0)
        {
            fields.Set("cs-uri-query", target[(question + 1)..]);
        }

        if (hasVersion)
        {
            fields.Set("cs-version", request[(last + 1)..]);
        }
    }

    // A double-quoted value; a backslash keeps the next character inside it (Apache writes \" and \\).
    private static bool Quoted(string text, ref int position, out string value)
    {
        value = "";
        if (!TextScan.Expect(text, ref position, "\""))
        {
            return false;
        }

        var start = position;
        for (; position < text.Length; position++)
        {
            if (text[position] == '\\')
            {
                position++;
            }
            else if (text[position] == '"')
            {
                value = text[start..position];
                position++;
                return true;
            }
        }

        return false;
    }

    private static bool IsNumber(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }
}
