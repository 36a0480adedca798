using System.Text;

namespace Bulwark.Scanners.Detection.Parsing.Syslog;

/// <summary>
/// One RFC 5424 SD-ELEMENT, <c>[id name="value" …]</c>, whose values escape <c>"</c>, <c>\</c> and <c>]</c> with a
/// backslash (§6.3.3). Each parameter becomes the field <c>sd.&lt;id&gt;.&lt;name&gt;</c>.
/// </summary>
internal static class StructuredData
{
    public static bool TryReadElement(string text, ref int position, List<KeyValuePair<string, string>> fields)
    {
        var idEnd = text.IndexOfAny([' ', ']'], position + 1);
        if (idEnd <= position + 1)
        {
            return false;
        }

        var prefix = "sd." + text[(position + 1)..idEnd] + ".";
        position = idEnd;
        while (position < text.Length && text[position] == ' ')
        {
            var equals = text.IndexOf('=', position);
            if (equals <= position + 1 || equals + 1 >= text.Length || text[equals + 1] != '"')
            {
                return false;
            }

            var name = text[(position + 1)..equals];
            position = equals + 2;
            if (!TryReadValue(text, ref position, out var value))
            {
                return false;
            }

            fields.Add(new(prefix + name, value));
        }

        if (position >= text.Length || text[position] != ']')
        {
            return false;
        }

        position++;
        return true;
    }

    private static bool TryReadValue(string text, ref int position, out string value)
    {
        var builder = new StringBuilder();
        for (; position < text.Length; position++)
        {
            var c = text[position];
            if (c == '"')
            {
                position++;
                value = builder.ToString();
                return true;
            }

            // Only \" \\ and \] are escapes; any other backslash is kept as written (RFC 5424 §6.3.3).
            if (c == '\\' && position + 1 < text.Length && text[position + 1] is '"' or '\\' or ']')
            {
                position++;
                c = text[position];
            }

            builder.Append(c);
        }

        value = "";
        return false;
    }
}
