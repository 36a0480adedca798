using System.Text;

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>
/// Splits instruction text into words the way BuildKit's word lexer does for flags, ARG, FROM and EXPOSE:
/// whitespace separates words, single quotes are literal, double quotes allow the escape character, and the
/// escape character outside quotes takes the next character literally.
/// </summary>
internal static class ShellWords
{
    /// <summary>The words between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static List<ShellWord> Split(string text, int start, int end, char escape)
    {
        var words = new List<ShellWord>();
        var i = start;
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            var value = new StringBuilder();
            i = ReadWord(text, i, end, escape, value);
            words.Add(new ShellWord(value.ToString(), wordStart, i));
        }

        return words;
    }

    private static int ReadWord(string text, int i, int end, char escape, StringBuilder value)
    {
        var quote = '\0';
        for (; i < end; i++)
        {
            var c = text[i];
            if (quote == '\0' && char.IsWhiteSpace(c))
            {
                break;
            }

            if (quote == '\0' && c is '\'' or '"')
            {
                quote = c;
                continue;
            }

            if (c == quote)
            {
                quote = '\0';
                continue;
            }

            if (c == escape && quote != '\'' && i + 1 < end)
            {
                i++;
                c = text[i];
            }

            value.Append(c);
        }

        return i;
    }
}
