namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// A RubyGems version ordered as <c>Gem::Version#&lt;=&gt;</c> does. The text is <c>digits(.alnum)*</c> with an
/// optional <c>-pre.release</c> part, where each <c>-</c> reads as <c>.pre.</c>; segments are the runs of digits
/// and of letters; any letter makes the version a pre-release. Trailing zero segments are dropped from the release
/// part and from the part that starts at the first letter segment (so <c>1.0.a</c> is <c>1.a</c>), then segments
/// compare in turn with missing ones read as 0: numbers numerically, letters by byte, and letters before numbers
/// (<c>1.a &lt; 1</c>).
/// </summary>
internal sealed class GemVersion : ParsedVersion<GemVersion>
{
    // A segment is a number (digits without leading zeros) or letters; the flag says which.
    private readonly ReleaseLabel[] segments;

    private GemVersion(string text, ReleaseLabel[] segments)
        : base(text) => this.segments = segments;

    /// <summary>True when the version has a letter (a RubyGems pre-release).</summary>
    public bool IsPrerelease => segments.Any(s => !s.IsNumeric);

    /// <summary>The version, or null when <paramref name="text"/> does not match RubyGems' version pattern.</summary>
    public static GemVersion? Parse(string text)
    {
        var s = text.Trim();
        return IsWellFormed(s) ? new GemVersion(text, Canonical(Segments(s))) : null;
    }

    /// <inheritdoc/>
    public override int CompareTo(GemVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var length = Math.Max(segments.Length, other.segments.Length);
        for (var i = 0; i < length; i++)
        {
            var left = i < segments.Length ? segments[i] : Zero;
            var right = i < other.segments.Length ? other.segments[i] : Zero;
            if (left.IsNumeric != right.IsNumeric)
            {
                return left.IsNumeric ? 1 : -1;
            }

            var result = left.IsNumeric ? Digits.Compare(left.Text, right.Text) : Math.Sign(string.CompareOrdinal(left.Text, right.Text));
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        ReleaseLabels.AddTo(ref hash, segments);
        return hash.ToHashCode();
    }

    private static ReleaseLabel Zero => new("0", IsNumeric: true);

    // Gem::Version::VERSION_PATTERN: [0-9]+(\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?
    private static bool IsWellFormed(string s)
    {
        var i = Digits.RunEnd(s, 0);
        if (i == 0)
        {
            return false;
        }

        while (i < s.Length && s[i] == '.')
        {
            var start = ++i;
            while (i < s.Length && char.IsAsciiLetterOrDigit(s[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        if (i == s.Length)
        {
            return true;
        }

        if (s[i] != '-')
        {
            return false;
        }

        var partStart = ++i;
        for (; i <= s.Length; i++)
        {
            if (i < s.Length && s[i] != '.')
            {
                if (!char.IsAsciiLetterOrDigit(s[i]) && s[i] != '-')
                {
                    return false;
                }

                continue;
            }

            if (i == partStart)
            {
                return false;
            }

            partStart = i + 1;
        }

        return true;
    }

    // The digit and letter runs of the text with every "-" read as ".pre.".
    private static List<ReleaseLabel> Segments(string s)
    {
        var segments = new List<ReleaseLabel>(6);
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] == '-')
            {
                segments.Add(new ReleaseLabel("pre", IsNumeric: false));
                i++;
                continue;
            }

            var start = i;
            if (Digits.Is(s[i]))
            {
                i = Digits.RunEnd(s, i);
                segments.Add(new ReleaseLabel(Digits.Normalize(s.AsSpan(start, i - start)), IsNumeric: true));
                continue;
            }

            if (char.IsAsciiLetter(s[i]))
            {
                while (i < s.Length && char.IsAsciiLetter(s[i]))
                {
                    i++;
                }

                segments.Add(new ReleaseLabel(s[start..i], IsNumeric: false));
                continue;
            }

            i++;
        }

        return segments;
    }

    // Gem::Version#canonical_segments: trailing zeros dropped from the numeric part and from the rest.
    private static ReleaseLabel[] Canonical(List<ReleaseLabel> segments)
    {
        var firstLetters = segments.FindIndex(s => !s.IsNumeric);
        if (firstLetters < 0)
        {
            firstLetters = segments.Count;
        }

        var canonical = new List<ReleaseLabel>(segments.Count);
        AddWithoutTrailingZeros(canonical, segments, 0, firstLetters);
        AddWithoutTrailingZeros(canonical, segments, firstLetters, segments.Count);
        return [.. canonical];
    }

    private static void AddWithoutTrailingZeros(List<ReleaseLabel> target, List<ReleaseLabel> segments, int start, int end)
    {
        while (end > start && segments[end - 1] is { IsNumeric: true, Text: "0" })
        {
            end--;
        }

        for (var i = start; i < end; i++)
        {
            target.Add(segments[i]);
        }
    }
}
