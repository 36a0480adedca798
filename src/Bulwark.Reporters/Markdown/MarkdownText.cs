using System.Text;
using Bulwark.Reporters.Common;

namespace Bulwark.Reporters.Markdown;

/// <summary>
/// Escaping for GitHub-flavoured Markdown. Findings quote scanned files, so their text must never turn
/// into links, HTML, emphasis or extra table columns in a pull-request comment.
/// </summary>
internal static class MarkdownText
{
    private const string Special = "\\`*_[]<>|~&#!";

    /// <summary>Plain text on one line, every Markdown-significant character backslash-escaped.</summary>
    public static string Plain(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in OneLine(text))
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                result.Append('\\');
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>
    /// A code span fenced by one backtick more than the longest run inside it. In a table cell a pipe is
    /// written <c>\|</c>: GFM splits cells before it parses code spans, and drops that backslash again.
    /// </summary>
    public static string Code(string text, bool inTable)
    {
        var content = OneLine(text);
        if (content.Length == 0)
        {
            return "";
        }

        if (inTable)
        {
            content = content.Replace("|", "\\|", StringComparison.Ordinal);
        }

        var fence = new string('`', LongestBacktickRun(content) + 1);
        var pad = content[0] == '`' || content[^1] == '`' || content[0] == ' ' ? " " : "";
        return fence + pad + content + pad + fence;
    }

    private static string OneLine(string text) =>
        ControlCharacters.Visible(text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' '));

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
