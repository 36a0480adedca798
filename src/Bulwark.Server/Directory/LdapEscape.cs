using System.Text;

namespace Bulwark.Server.Directories;

/// <summary>
/// Escaping what a person typed before it becomes part of a distinguished name (RFC 4514 section 2.4) or a search
/// filter (RFC 4515 section 3), so a user name can never add a name component or a filter clause of its own.
/// </summary>
internal static class LdapEscape
{
    /// <summary>
    /// <paramref name="value"/> as an attribute value inside a DN: <c>alice,cn=x</c> becomes <c>alice\,cn\=x</c>.
    /// </summary>
    public static string DnValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '"' or '+' or ',' or ';' or '<' or '>' or '\\' or '=')
            {
                // '=' needs no escape by RFC 4514, but older parsers split on it; "\=" is valid either way.
                escaped.Append('\\').Append(c);
            }
            else if ((c == ' ' && (i == 0 || i == value.Length - 1)) || (c == '#' && i == 0))
            {
                escaped.Append('\\').Append(c);
            }
            else if (char.IsControl(c))
            {
                AppendHex(escaped, c);
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// <paramref name="value"/> as an assertion value inside a filter: <c>*)(uid=*</c> becomes <c>\2a\29\28uid=\2a</c>.
    /// </summary>
    public static string FilterValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (c is '*' or '(' or ')' or '\\' || char.IsControl(c))
            {
                AppendHex(escaped, c);
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    // Control characters are all below U+00A0, so each is one UTF-8 byte or two; both RFCs escape by UTF-8 byte.
    private static void AppendHex(StringBuilder escaped, char c)
    {
        Span<byte> utf8 = stackalloc byte[4];
        var length = Encoding.UTF8.GetBytes([c], utf8);
        foreach (var b in utf8[..length])
        {
            escaped.Append('\\').Append(Convert.ToHexStringLower([b]));
        }
    }
}
