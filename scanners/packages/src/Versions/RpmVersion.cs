namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// An RPM package version, <c>[epoch:]version[-release]</c>, ordered as rpm orders an EVR: epoch numerically (0
/// when missing), then version, then release (empty when missing), each by <see cref="Compare(string, string)"/>.
/// </summary>
internal sealed class RpmVersion : ParsedVersion<RpmVersion>
{
    private readonly long epoch;
    private readonly string version;
    private readonly string release;

    private RpmVersion(string text, long epoch, string version, string release)
        : base(text)
    {
        this.epoch = epoch;
        this.version = version;
        this.release = release;
    }

    /// <summary>
    /// The version, or null for empty text, whitespace or control characters, an epoch that is not a number, or an
    /// empty version or release around the last <c>-</c> (rpm forbids <c>-</c> inside both).
    /// </summary>
    public static RpmVersion? Parse(string text)
    {
        if (text.Length == 0 || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return null;
        }

        long epoch = 0;
        var s = text;
        var colon = s.IndexOf(':');
        if (colon >= 0)
        {
            if (!Digits.TryParse(s.AsSpan(0, colon), out epoch))
            {
                return null;
            }

            s = s[(colon + 1)..];
        }

        var hyphen = s.LastIndexOf('-');
        var version = hyphen < 0 ? s : s[..hyphen];
        var release = hyphen < 0 ? "" : s[(hyphen + 1)..];
        if (version.Length == 0 || (hyphen >= 0 && release.Length == 0))
        {
            return null;
        }

        return new RpmVersion(text, epoch, version, release);
    }

    /// <summary>
    /// rpm's <c>rpmvercmp</c>: both strings are read as segments, skipping characters that are not ASCII letters,
    /// digits, <c>~</c> or <c>^</c>. A <c>~</c> sorts before anything, even the end (<c>1.0~rc1 &lt; 1.0</c>); a
    /// <c>^</c> sorts after the end but before anything else (<c>1.0 &lt; 1.0^git1 &lt; 1.0.1</c>). Then the next
    /// all-digit or all-letter runs compare: numbers numerically, letters by byte, and a number is newer than letters.
    /// When one string runs out first, the other is newer.
    /// </summary>
    public static int Compare(string left, string right)
    {
        if (string.Equals(left, right, StringComparison.Ordinal))
        {
            return 0;
        }

        int i = 0, j = 0;
        while (i < left.Length || j < right.Length)
        {
            i = SkipSeparators(left, i);
            j = SkipSeparators(right, j);
            var l = i < left.Length ? left[i] : '\0';
            var r = j < right.Length ? right[j] : '\0';

            if (l == '~' || r == '~')
            {
                if (l != r)
                {
                    return l == '~' ? -1 : 1;
                }

                i++;
                j++;
                continue;
            }

            if (l == '^' || r == '^')
            {
                if (l == '\0' || r == '\0')
                {
                    return l == '\0' ? -1 : 1;
                }

                if (l != r)
                {
                    return l == '^' ? -1 : 1;
                }

                i++;
                j++;
                continue;
            }

            if (l == '\0' || r == '\0')
            {
                break;
            }

            var numeric = Digits.Is(l);
            var leftEnd = SegmentEnd(left, i, numeric);
            var rightEnd = SegmentEnd(right, j, numeric);
            if (rightEnd == j)
            {
                // The right side has the other kind of segment here: numbers are newer than letters.
                return numeric ? 1 : -1;
            }

            var result = numeric
                ? Digits.CompareRuns(left.AsSpan(i, leftEnd - i), right.AsSpan(j, rightEnd - j))
                : Math.Sign(left.AsSpan(i, leftEnd - i).SequenceCompareTo(right.AsSpan(j, rightEnd - j)));
            if (result != 0)
            {
                return result;
            }

            i = leftEnd;
            j = rightEnd;
        }

        if (i >= left.Length && j >= right.Length)
        {
            return 0;
        }

        return i >= left.Length ? -1 : 1;
    }

    /// <inheritdoc/>
    public override int CompareTo(RpmVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (epoch != other.epoch)
        {
            return epoch < other.epoch ? -1 : 1;
        }

        var result = Compare(version, other.version);
        return result != 0 ? result : Compare(release, other.release);
    }

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(epoch);
        AddSegments(ref hash, version);
        hash.Add('-');
        AddSegments(ref hash, release);
        return hash.ToHashCode();
    }

    private static bool IsSegmentChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '~' or '^';

    private static int SkipSeparators(string s, int i)
    {
        while (i < s.Length && !IsSegmentChar(s[i]))
        {
            i++;
        }

        return i;
    }

    private static int SegmentEnd(string s, int i, bool numeric)
    {
        while (i < s.Length && (numeric ? Digits.Is(s[i]) : char.IsAsciiLetter(s[i])))
        {
            i++;
        }

        return i;
    }

    // The segments Compare sees, separators dropped and numbers without leading zeros: equal exactly when Compare
    // returns 0.
    private static void AddSegments(ref HashCode hash, string s)
    {
        var i = SkipSeparators(s, 0);
        while (i < s.Length)
        {
            if (s[i] is '~' or '^')
            {
                hash.Add(s[i]);
                i++;
            }
            else
            {
                var numeric = Digits.Is(s[i]);
                var end = SegmentEnd(s, i, numeric);
                hash.Add(numeric ? Digits.Normalize(s.AsSpan(i, end - i)) : s[i..end]);
                hash.Add(numeric);
                i = end;
            }

            i = SkipSeparators(s, i);
        }
    }
}
