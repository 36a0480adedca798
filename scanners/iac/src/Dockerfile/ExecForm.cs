using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>
/// Reads the exec (JSON array) form of RUN, CMD, ENTRYPOINT, SHELL, COPY, ADD and VOLUME. Like Docker, text that
/// is not a JSON array is shell form (<c>RUN [ -f /x ] &amp;&amp; …</c> is a test command, not a mistake); but
/// text that reads as a JSON array right up to the end of the line, or that closes the array and carries on, is
/// reported, because Docker silently runs it as a shell command instead.
/// </summary>
internal static partial class ExecForm
{
    /// <summary>Parses the text between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static ExecFormResult Parse(string text, int start, int end)
    {
        var i = SkipSpace(text, start, end);
        if (i >= end || text[i] != '[')
        {
            return ExecFormResult.NotJson;
        }

        var open = i;
        var items = new List<ShellWord>();
        var nonString = -1;
        i = SkipSpace(text, i + 1, end);
        if (i < end && text[i] == ']')
        {
            return Close(text, open, i, end, items, nonString);
        }

        while (true)
        {
            if (i >= end)
            {
                return ExecFormResult.Malformed("unterminated JSON array: no closing ]", open);
            }

            var elementStart = i;
            if (text[i] == '"')
            {
                var (value, after) = ReadString(text, i, end);
                if (value is null)
                {
                    return ExecFormResult.Malformed("unterminated string in JSON array", elementStart);
                }

                items.Add(new ShellWord(value, elementStart, after));
                i = after;
            }
            else if (Literal().Match(text, i, end - i) is { Success: true } literal)
            {
                nonString = nonString < 0 ? elementStart : nonString;
                i += literal.Length;
            }
            else
            {
                return ExecFormResult.NotJson;
            }

            i = SkipSpace(text, i, end);
            if (i >= end)
            {
                return ExecFormResult.Malformed("unterminated JSON array: no closing ]", open);
            }

            if (text[i] == ']')
            {
                return Close(text, open, i, end, items, nonString);
            }

            if (text[i] != ',')
            {
                return ExecFormResult.NotJson;
            }

            i = SkipSpace(text, i + 1, end);
            if (i < end && text[i] == ']')
            {
                return ExecFormResult.Malformed("trailing comma in JSON array; Docker runs the line as a shell command", i);
            }
        }
    }

    private static ExecFormResult Close(string text, int open, int close, int end, List<ShellWord> items, int nonString)
    {
        if (SkipSpace(text, close + 1, end) < end)
        {
            return ExecFormResult.Malformed("text after the JSON array; Docker runs the whole line as a shell command", close + 1);
        }

        // Docker refuses a JSON array that holds anything but strings (errDockerfileNotStringArray).
        return nonString >= 0
            ? ExecFormResult.Malformed("exec form must be a JSON array of strings", nonString)
            : ExecFormResult.Exec(items, open);
    }

    private static (string? Value, int After) ReadString(string text, int i, int end)
    {
        var value = new StringBuilder();
        for (i++; i < end; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                return (value.ToString(), i + 1);
            }

            if (c != '\\' || i + 1 >= end)
            {
                value.Append(c);
                continue;
            }

            i++;
            switch (text[i])
            {
                case 'n': value.Append('\n'); break;
                case 't': value.Append('\t'); break;
                case 'r': value.Append('\r'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'u' when i + 4 < end && int.TryParse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    value.Append((char)code);
                    i += 4;
                    break;
                default: value.Append(text[i]); break;
            }
        }

        return (null, end);
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    // A JSON number or keyword standing as a whole element (followed by a separator), not "-f" in "[ -f x ]".
    [GeneratedRegex(@"\G(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)(?=\s*[,\]])")]
    private static partial Regex Literal();
}
