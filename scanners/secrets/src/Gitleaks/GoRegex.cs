using System.Text;
using System.Text.RegularExpressions;

namespace Bulwark.Scanners.Secrets.Gitleaks;

/// <summary>
/// Rewrites a Go (RE2) regular expression into .NET syntax where the two differ: named groups
/// <c>(?P&lt;n&gt;…)</c>, POSIX classes <c>[[:alnum:]]</c>, <c>\x{…}</c> escapes and <c>\Q…\E</c> quoting.
/// Everything else RE2 accepts means the same in .NET.
/// </summary>
public static class GoRegex
{
    private static readonly Dictionary<string, string> PosixClasses = new(StringComparer.Ordinal)
    {
        ["alnum"] = "0-9A-Za-z",
        ["alpha"] = "A-Za-z",
        ["ascii"] = "\\x00-\\x7F",
        ["blank"] = "\\t ",
        ["cntrl"] = "\\x00-\\x1F\\x7F",
        ["digit"] = "0-9",
        ["graph"] = "!-~",
        ["lower"] = "a-z",
        ["print"] = " -~",
        ["punct"] = "!-/:-@\\[-`{-~",
        ["space"] = "\\t\\n\\v\\f\\r ",
        ["upper"] = "A-Z",
        ["word"] = "0-9A-Za-z_",
        ["xdigit"] = "0-9A-Fa-f",
    };

    /// <summary>The .NET form of <paramref name="pattern"/>, or null with a reason when it uses what .NET lacks.</summary>
    public static string? ToDotNet(string pattern, out string? error)
    {
        error = null;
        if (pattern.Contains("(?U)", StringComparison.Ordinal))
        {
            error = "the ungreedy flag (?U) has no .NET equivalent";
            return null;
        }

        var text = Regex.Replace(pattern, @"\\Q(.*?)(\\E|$)", m => Regex.Escape(m.Groups[1].Value));
        text = text.Replace("(?P<", "(?<", StringComparison.Ordinal);
        text = Regex.Replace(text, @"\\x\{([0-9A-Fa-f]{1,4})\}", m => "\\u" + m.Groups[1].Value.PadLeft(4, '0'));
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                builder.Append(text, i, 2);
                i++;
                continue;
            }

            if (text[i] == '[' && i + 1 < text.Length && text[i + 1] == ':' && text.IndexOf(":]", i + 2, StringComparison.Ordinal) is var close and > 0)
            {
                var name = text[(i + 2)..close];
                var negated = name.StartsWith('^');
                if (PosixClasses.TryGetValue(negated ? name[1..] : name, out var members) && !negated)
                {
                    builder.Append(members);
                    i = close + 1;
                    continue;
                }

                error = $"the POSIX class [:{name}:] is not supported";
                return null;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }
}
