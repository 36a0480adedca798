using System.Text;

namespace Bulwark.Scanners.Detection.Parsing.Auditd;

/// <summary>
/// auditd writes a string that holds a space, a quote or a control character as bare hex (<c>a1=2D6C61</c>,
/// <c>proctitle=62617368002D63</c>) instead of quoting it. These decode such values.
/// </summary>
internal static class AuditHex
{
    /// <summary>The string fields auditd hex-encodes when they need it (EXECVE's arguments are handled apart).</summary>
    private static readonly HashSet<string> EncodedFields = new(StringComparer.Ordinal)
    {
        "proctitle", "cmd", "name", "comm", "exe", "cwd", "key", "acct", "data", "path", "ocomm", "old-path", "new-path",
    };

    public static bool IsEncodedField(string key) => EncodedFields.Contains(key);

    /// <summary>
    /// The text of <paramref name="field"/>: a quoted value as written, an unquoted one decoded when it is hex (an
    /// even number of hex digits), else as written (numbers, <c>(null)</c>, <c>?</c>).
    /// </summary>
    public static string Text(AuditField field) =>
        !field.Quoted && TryDecode(field.Value, out var decoded) ? decoded : field.Value;

    public static bool TryDecode(string value, out string decoded)
    {
        decoded = value;
        if (value.Length == 0 || value.Length % 2 != 0 || !IsHex(value))
        {
            return false;
        }

        decoded = Encoding.UTF8.GetString(Convert.FromHexString(value));
        return true;
    }

    private static bool IsHex(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
