using System.Text;

namespace Bulwark.Server.Directories;

/// <summary>
/// Reading DNs the directory returns (RFC 4514): which group a <c>memberOf</c> value names, whatever escapes, spacing
/// or case the server and the configuration use.
/// </summary>
internal static class DistinguishedName
{
    /// <summary>
    /// The value of <paramref name="dn"/>'s first component when it is a <paramref name="nameAttribute"/> and the
    /// rest is <paramref name="parent"/> or below it; otherwise null (a role, a rule, a group elsewhere).
    /// </summary>
    public static string? NameUnder(string dn, string parent, string nameAttribute)
    {
        var components = Parse(dn);
        var above = Parse(parent);
        if (components is null || above is null || components.Count <= above.Count)
        {
            return null;
        }

        var offset = components.Count - above.Count;
        for (var i = 0; i < above.Count; i++)
        {
            if (!Same(components[offset + i], above[i]))
            {
                return null;
            }
        }

        var (type, value) = components[0];
        return type.Equals(nameAttribute, StringComparison.OrdinalIgnoreCase) ? value : null;
    }

    /// <summary>The (type, unescaped value) of each component, first to last; null when it is not a DN.</summary>
    public static IReadOnlyList<(string Type, string Value)>? Parse(string dn)
    {
        var components = new List<(string, string)>();
        var i = 0;
        while (i < dn.Length)
        {
            var equals = dn.IndexOf('=', i);
            var type = equals < 0 ? "" : dn[i..equals].Trim();
            if (type.Length == 0 || ReadValue(dn, equals + 1, out i) is not { } value)
            {
                return null;
            }

            components.Add((type, value));
            i++;
        }

        return components;
    }

    // Up to the next unescaped ',' (or ';', RFC 2253's other separator). A "\hh" run is UTF-8 bytes, decoded together;
    // spaces around the value are dropped unless escaped.
    private static string? ReadValue(string dn, int start, out int end)
    {
        var value = new StringBuilder();
        var bytes = new List<byte>();
        var kept = 0;
        var i = start;
        while (i < dn.Length && dn[i] == ' ')
        {
            i++;
        }

        while (i < dn.Length && dn[i] is not (',' or ';'))
        {
            if (dn[i] == '\\' && i + 2 < dn.Length && Uri.IsHexDigit(dn[i + 1]) && Uri.IsHexDigit(dn[i + 2]))
            {
                bytes.Add(Convert.ToByte(dn.Substring(i + 1, 2), 16));
                i += 3;
                continue;
            }

            kept = Decode(value, bytes, kept);
            if (dn[i] == '\\')
            {
                if (i + 1 == dn.Length)
                {
                    end = i;
                    return null;
                }

                value.Append(dn[i + 1]);
                kept = value.Length;
                i += 2;
                continue;
            }

            value.Append(dn[i]);
            i++;
        }

        kept = Decode(value, bytes, kept);
        end = i;
        var text = value.ToString();
        return text[..kept] + text[kept..].TrimEnd(' ');
    }

    private static int Decode(StringBuilder value, List<byte> bytes, int kept)
    {
        if (bytes.Count == 0)
        {
            return kept;
        }

        value.Append(Encoding.UTF8.GetString([.. bytes]));
        bytes.Clear();
        return value.Length;
    }

    private static bool Same((string Type, string Value) a, (string Type, string Value) b) =>
        a.Type.Equals(b.Type, StringComparison.OrdinalIgnoreCase) && a.Value.Equals(b.Value, StringComparison.OrdinalIgnoreCase);
}
