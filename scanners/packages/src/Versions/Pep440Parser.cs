namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// Reads PEP 440 versions with the spec's normalisation rules ("Normalization" in PEP 440 / the PyPA version
/// specifiers page): case-insensitive; surrounding whitespace and a leading <c>v</c> allowed; <c>alpha</c>,
/// <c>beta</c>, <c>c</c>, <c>pre</c>, <c>preview</c> spell <c>a</c>, <c>b</c>, <c>rc</c>, <c>rc</c>, <c>rc</c>;
/// <c>rev</c> and <c>r</c> spell <c>post</c>, and <c>1.0-1</c> is <c>1.0.post1</c>; <c>.</c>, <c>-</c> or <c>_</c> (or
/// nothing) may separate a pre, post or dev part from what precedes it and from its number; a missing number is 0;
/// numbers lose leading zeros; local labels use <c>.</c>, <c>-</c> or <c>_</c> between segments.
/// </summary>
internal static class Pep440Parser
{
    // Longer spellings first, so "alpha" is not read as "a" followed by "lpha"; PreRanks[i] is PreSpellings[i]'s rank.
    private static readonly string[] PreSpellings = ["alpha", "a", "beta", "b", "preview", "pre", "rc", "c"];

    private static readonly int[] PreRanks =
    [
        Pep440Version.Alpha, Pep440Version.Alpha, Pep440Version.Beta, Pep440Version.Beta,
        Pep440Version.ReleaseCandidate, Pep440Version.ReleaseCandidate, Pep440Version.ReleaseCandidate, Pep440Version.ReleaseCandidate,
    ];

    private static readonly string[] PostSpellings = ["post", "rev", "r"];

    private static readonly string[] DevSpellings = ["dev"];

    /// <summary>The version, or null when <paramref name="text"/> is not a PEP 440 version.</summary>
    public static Pep440Version? Parse(string text)
    {
        var s = text.Trim().ToLowerInvariant();
        var i = s.StartsWith('v') ? 1 : 0;

        if (!TryNumber(s, ref i, out var first))
        {
            return null;
        }

        long epoch = 0;
        if (i < s.Length && s[i] == '!')
        {
            epoch = first;
            i++;
            if (!TryNumber(s, ref i, out first))
            {
                return null;
            }
        }

        var release = new List<long>(4) { first };
        while (i + 1 < s.Length && s[i] == '.' && Digits.Is(s[i + 1]))
        {
            i++;
            if (!TryNumber(s, ref i, out var next))
            {
                return null;
            }

            release.Add(next);
        }

        var preRank = Pep440Version.Final;
        long preNumber = 0;
        if (TryWord(s, ref i, PreSpellings, out var preIndex))
        {
            preRank = PreRanks[preIndex];
            if (!TryImplicitNumber(s, ref i, out preNumber))
            {
                return null;
            }
        }

        var post = Pep440Version.Absent;
        if (i + 1 < s.Length && s[i] == '-' && Digits.Is(s[i + 1]))
        {
            i++;
            if (!TryNumber(s, ref i, out post))
            {
                return null;
            }
        }
        else if (TryWord(s, ref i, PostSpellings, out _) && !TryImplicitNumber(s, ref i, out post))
        {
            return null;
        }

        var dev = Pep440Version.Absent;
        if (TryWord(s, ref i, DevSpellings, out _) && !TryImplicitNumber(s, ref i, out dev))
        {
            return null;
        }

        ReleaseLabel[]? local = null;
        if (i < s.Length && s[i] == '+')
        {
            local = ParseLocal(s, i + 1);
            if (local is null)
            {
                return null;
            }

            i = s.Length;
        }

        return i == s.Length ? new Pep440Version(text, epoch, [.. release], preRank, preNumber, post, dev, local) : null;
    }

    private static bool TryNumber(string s, ref int i, out long value)
    {
        var end = Digits.RunEnd(s, i);
        if (end == i || !Digits.TryParse(s.AsSpan(i, end - i), out value))
        {
            value = 0;
            return false;
        }

        i = end;
        return true;
    }

    /// <summary>Reads an optional separator and one of <paramref name="spellings"/>; leaves <paramref name="i"/> alone when there is none.</summary>
    private static bool TryWord(string s, ref int i, string[] spellings, out int index)
    {
        var start = i < s.Length && IsSeparator(s[i]) ? i + 1 : i;
        for (index = 0; index < spellings.Length; index++)
        {
            var spelling = spellings[index];
            if (start + spelling.Length <= s.Length && string.CompareOrdinal(s, start, spelling, 0, spelling.Length) == 0)
            {
                i = start + spelling.Length;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The number after a pre, post or dev word: an optional separator then digits, or 0 when no digits follow (the
    /// separator is then left for the next part, as in <c>1.0a.post1</c>).
    /// </summary>
    private static bool TryImplicitNumber(string s, ref int i, out long value)
    {
        var start = i < s.Length && IsSeparator(s[i]) && i + 1 < s.Length && Digits.Is(s[i + 1]) ? i + 1 : i;
        if (start < s.Length && Digits.Is(s[start]))
        {
            i = start;
            return TryNumber(s, ref i, out value);
        }

        value = 0;
        return true;
    }

    private static ReleaseLabel[]? ParseLocal(string s, int start)
    {
        var segments = new List<ReleaseLabel>(2);
        var segmentStart = start;
        for (var i = start; i <= s.Length; i++)
        {
            if (i < s.Length && !IsSeparator(s[i]))
            {
                if (!char.IsAsciiLetterOrDigit(s[i]))
                {
                    return null;
                }

                continue;
            }

            var segment = s.AsSpan(segmentStart, i - segmentStart);
            if (segment.IsEmpty)
            {
                return null;
            }

            var numeric = Digits.All(segment);
            segments.Add(new ReleaseLabel(numeric ? Digits.Normalize(segment) : segment.ToString(), numeric));
            segmentStart = i + 1;
        }

        return [.. segments];
    }

    private static bool IsSeparator(char c) => c is '.' or '-' or '_';
}
