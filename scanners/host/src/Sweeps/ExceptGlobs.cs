using System.Text;
using System.Text.RegularExpressions;

namespace Bulwark.Scanners.Host.Sweeps;

/// <summary>
/// The <c>except:</c> globs of a <c>files:</c> check as one matcher. <c>*</c> and <c>?</c> stay inside one path
/// segment, <c>**</c> crosses segments, <c>[…]</c> is a character class (<c>[!…]</c> negated). A glob that matches a
/// directory covers everything under it, so <c>/var/lib/docker</c> excludes that whole tree.
/// </summary>
internal sealed class ExceptGlobs
{
    private readonly Regex? _regex;

    private ExceptGlobs(Regex? regex) => _regex = regex;

    /// <summary>No exceptions.</summary>
    internal static ExceptGlobs None { get; } = new(null);

    /// <summary>The matcher for <paramref name="patterns"/>, or a readable problem for the first glob that is not valid.</summary>
    internal static (ExceptGlobs? Globs, string? Problem) Parse(IReadOnlyList<string> patterns)
    {
        if (patterns.Count == 0)
        {
            return (None, null);
        }

        var alternatives = new List<string>();
        foreach (var pattern in patterns)
        {
            var (regex, problem) = Translate(pattern);
            if (problem is not null)
            {
                return (null, $"except glob '{pattern}' {problem}");
            }

            alternatives.Add(regex!);
        }

        return (new ExceptGlobs(new Regex($"^(?:{string.Join('|', alternatives)})$", RegexOptions.CultureInvariant | RegexOptions.Compiled)), null);
    }

    /// <summary>True when a glob matches <paramref name="path"/> itself (the walk skips matching directories, so their contents never arrive).</summary>
    internal bool Matches(string path) => _regex?.IsMatch(path) ?? false;

    /// <summary>True when a glob matches <paramref name="path"/> or one of the directories above it.</summary>
    internal bool Covers(string path)
    {
        if (_regex is null)
        {
            return false;
        }

        for (var current = path; current.Length > 0; current = current[..Math.Max(current.LastIndexOf('/'), 0)])
        {
            if (_regex.IsMatch(current))
            {
                return true;
            }
        }

        return false;
    }

    private static (string? Regex, string? Problem) Translate(string pattern)
    {
        if (!pattern.StartsWith('/'))
        {
            return (null, "is not an absolute path (it must start with /)");
        }

        var trimmed = pattern.Length > 1 ? pattern.TrimEnd('/') : pattern;
        var regex = new StringBuilder();
        for (var index = 0; index < trimmed.Length; index++)
        {
            var character = trimmed[index];
            switch (character)
            {
                case '*' when index + 1 < trimmed.Length && trimmed[index + 1] == '*':
                    regex.Append(".*");
                    index++;
                    break;
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '[':
                    var close = ClassEnd(trimmed, index);
                    if (close < 0)
                    {
                        return (null, "has a [ without a closing ]");
                    }

                    regex.Append(CharacterClass(trimmed[(index + 1)..close]));
                    index = close;
                    break;
                default:
                    regex.Append(Regex.Escape(character.ToString()));
                    break;
            }
        }

        return (regex.ToString(), null);
    }

    // A ']' right after '[' or '[!' is a member of the class, as in fnmatch.
    private static int ClassEnd(string pattern, int open)
    {
        var start = open + 1;
        if (start < pattern.Length && pattern[start] == '!')
        {
            start++;
        }

        return start < pattern.Length ? pattern.IndexOf(']', start + 1) : -1;
    }

    private static string CharacterClass(string body)
    {
        var negated = body.StartsWith('!');
        var members = (negated ? body[1..] : body).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal).Replace("^", "\\^", StringComparison.Ordinal);
        return negated ? $"[^/{members}]" : $"[{members}]";
    }
}
