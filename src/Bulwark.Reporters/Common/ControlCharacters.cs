using System.Globalization;
using System.Text;

namespace Bulwark.Reporters.Common;

/// <summary>
/// Makes control characters visible. Findings quote text from scanned files, and a crafted file could
/// otherwise put terminal escape sequences (ESC, BEL, backspace) into a report a person reads.
/// </summary>
internal static class ControlCharacters
{
    /// <summary>The text with each control character other than a line feed shown as <c>\x1B</c>.</summary>
    public static string Visible(string text, bool keepNewLines = false)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!char.IsControl(c) || (keepNewLines && c == '\n'))
            {
                result.Append(c);
                continue;
            }

            result.Append(c == '\t' ? "    " : @"\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture));
        }

        return result.ToString();
    }
}
