using System.Text;
using System.Text.RegularExpressions;

namespace Bulwark.Rules;

/// <summary>
/// A path pattern in the manner of .gitignore: <c>*</c> and <c>?</c> stay inside one path segment, <c>**</c>
/// spans segments, a pattern without a slash matches a name at any depth, a leading slash anchors it to the
/// root, and a trailing slash matches directories (and so everything under them).
/// </summary>
public sealed class PathGlob
{
    private readonly Regex _regex;

    // For an anchored pattern, the text before its first wildcard: most paths fail this cheap test before the regex.
    private readonly string _prefix;

    private PathGlob(string pattern, Regex regex, string prefix)
    {
        Pattern = pattern;
        _regex = regex;
        _prefix = prefix;
    }

    /// <summary>The pattern as written.</summary>
    public string Pattern { get; }

    /// <summary>Compiles <paramref name="pattern"/>.</summary>
    public static PathGlob Parse(string pattern)
    {
        var text = pattern.Trim().Replace('\\', '/');
        var directoryOnly = text.EndsWith('/');
        text = text.TrimEnd('/');
        var anchored = text.StartsWith('/') || text.TrimStart('/').Contains('/');
        text = text.TrimStart('/');
        if (text.StartsWith("./", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        var body = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var slash = i + 2 < text.Length && text[i + 2] == '/';
                body.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                body.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        // A matched directory excludes everything below it; a file pattern may also name a directory.
        body.Append(directoryOnly ? "/" : "(?:/|$)");
        var wildcard = text.AsSpan().IndexOfAny('*', '?');
        var prefix = anchored ? (wildcard < 0 ? text : text[..wildcard]) : "";
        return new PathGlob(pattern, new Regex(body.ToString(), RegexOptions.CultureInvariant), prefix);
    }

    /// <summary>
    /// Whether the relative path (forward slashes; directories end with '/') matches the pattern or lies
    /// under a directory it matches.
    /// </summary>
    public bool IsMatch(string relativePath) => relativePath.StartsWith(_prefix, StringComparison.Ordinal) && _regex.IsMatch(relativePath);
}
