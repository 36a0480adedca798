namespace Bulwark.Scanners.Host.Files;

/// <summary>
/// One path segment of a shell glob: <c>*</c>, <c>?</c> and bracket expressions (<c>[abc]</c>, <c>[a-z]</c>,
/// <c>[!x]</c> or <c>[^x]</c>). As in glob(3) without <c>GLOB_PERIOD</c>, a leading dot in a name is only matched by
/// a pattern that starts with a dot, so <c>/etc/sudoers.d/*</c> does not pick up hidden files.
/// </summary>
internal static class GlobPattern
{
    /// <summary>True when <paramref name="segment"/> contains a character that makes it a pattern.</summary>
    public static bool IsPattern(string segment) => segment.AsSpan().IndexOfAny("*?[") >= 0;

    /// <summary>True when <paramref name="name"/> matches the pattern <paramref name="segment"/>.</summary>
    public static bool Matches(string segment, string name)
    {
        if (name.StartsWith('.') && !segment.StartsWith('.'))
        {
            return false;
        }

        return Match(segment, 0, name, 0);
    }

    private static bool Match(string pattern, int p, string name, int n)
    {
        while (p < pattern.Length)
        {
            var c = pattern[p];
            if (c == '*')
            {
                while (p < pattern.Length && pattern[p] == '*')
                {
                    p++;
                }

                for (var i = n; i <= name.Length; i++)
                {
                    if (Match(pattern, p, name, i))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (n >= name.Length)
            {
                return false;
            }

            var set = c == '[' ? Bracket(pattern, p) : default;
            var accepted = c switch
            {
                '?' => true,
                '[' when set.End > 0 => set.Accepts(name[n]),
                _ => c == name[n],
            };
            if (!accepted)
            {
                return false;
            }

            p = set.End > 0 ? set.End : p + 1;
            n++;
        }

        return n == name.Length;
    }

    // The bracket expression starting at pattern[open]: where it ends (just past ']'), or 0 when it is unclosed and
    // the '[' is then an ordinary character, as the shell treats it.
    private static GlobBracket Bracket(string pattern, int open)
    {
        var i = open + 1;
        var negate = i < pattern.Length && pattern[i] is '!' or '^';
        if (negate)
        {
            i++;
        }

        var ranges = new List<(char From, char To)>();
        var first = true;
        while (i < pattern.Length && (pattern[i] != ']' || first))
        {
            var from = pattern[i];
            if (i + 2 < pattern.Length && pattern[i + 1] == '-' && pattern[i + 2] != ']')
            {
                ranges.Add((from, pattern[i + 2]));
                i += 3;
            }
            else
            {
                ranges.Add((from, from));
                i++;
            }

            first = false;
        }

        return i < pattern.Length ? new GlobBracket(i + 1, negate, ranges) : new GlobBracket(0, false, []);
    }
}
