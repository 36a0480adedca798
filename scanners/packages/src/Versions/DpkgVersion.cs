using System.Text;

namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// A Debian package version, <c>[epoch:]upstream_version[-debian_revision]</c>, ordered as dpkg orders it (Debian
/// Policy §5.6.12): the epoch numerically (0 when missing), then the upstream version, then the revision (empty
/// when missing, which equals <c>0</c>), each compared by <see cref="Compare(string, string)"/>.
/// </summary>
internal sealed class DpkgVersion : ParsedVersion<DpkgVersion>
{
    private readonly long epoch;
    private readonly string upstream;
    private readonly string revision;

    private DpkgVersion(string text, long epoch, string upstream, string revision)
        : base(text)
    {
        this.epoch = epoch;
        this.upstream = upstream;
        this.revision = revision;
    }

    /// <summary>
    /// The version, or null where dpkg's parser reports an error: empty text, embedded whitespace, an epoch that is
    /// not a non-negative number, nothing after the colon, an empty upstream version or revision. What dpkg only
    /// warns about (an upstream that does not start with a digit, unusual characters) is accepted, since dpkg still
    /// orders such versions.
    /// </summary>
    public static DpkgVersion? Parse(string text)
    {
        var s = text.Trim();
        if (s.Length == 0 || s.Any(char.IsWhiteSpace))
        {
            return null;
        }

        long epoch = 0;
        var colon = s.IndexOf(':');
        if (colon >= 0)
        {
            if (!Digits.TryParse(s.AsSpan(0, colon), out epoch) || epoch > int.MaxValue || colon == s.Length - 1)
            {
                return null;
            }

            s = s[(colon + 1)..];
        }

        var hyphen = s.LastIndexOf('-');
        var upstream = hyphen < 0 ? s : s[..hyphen];
        var revision = hyphen < 0 ? "" : s[(hyphen + 1)..];
        if (upstream.Length == 0 || (hyphen >= 0 && revision.Length == 0))
        {
            return null;
        }

        return new DpkgVersion(text, epoch, upstream, revision);
    }

    /// <summary>
    /// dpkg's <c>verrevcmp</c>: alternately compare the longest non-digit prefixes character by character, where
    /// <c>~</c> sorts before everything (even the end of the string), then the end, then letters, then all other
    /// characters; and the longest digit prefixes numerically (an empty one is 0). <c>1.0~rc1 &lt; 1.0 &lt; 1.0a
    /// &lt; 1.0+b1</c>.
    /// </summary>
    public static int Compare(string left, string right)
    {
        int i = 0, j = 0;
        while (i < left.Length || j < right.Length)
        {
            while ((i < left.Length && !Digits.Is(left[i])) || (j < right.Length && !Digits.Is(right[j])))
            {
                var l = Order(left, i);
                var r = Order(right, j);
                if (l != r)
                {
                    return l < r ? -1 : 1;
                }

                i++;
                j++;
            }

            while (i < left.Length && left[i] == '0')
            {
                i++;
            }

            while (j < right.Length && right[j] == '0')
            {
                j++;
            }

            var firstDifference = 0;
            while (i < left.Length && Digits.Is(left[i]) && j < right.Length && Digits.Is(right[j]))
            {
                if (firstDifference == 0)
                {
                    firstDifference = left[i].CompareTo(right[j]);
                }

                i++;
                j++;
            }

            if (i < left.Length && Digits.Is(left[i]))
            {
                return 1;
            }

            if (j < right.Length && Digits.Is(right[j]))
            {
                return -1;
            }

            if (firstDifference != 0)
            {
                return Math.Sign(firstDifference);
            }
        }

        return 0;
    }

    /// <inheritdoc/>
    public override int CompareTo(DpkgVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (epoch != other.epoch)
        {
            return epoch < other.epoch ? -1 : 1;
        }

        var result = Compare(upstream, other.upstream);
        return result != 0 ? result : Compare(revision, other.revision);
    }

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(epoch, Canonical(upstream), Canonical(revision));

    // A character's weight in a non-digit run; a digit or the end of the string weighs 0.
    private static int Order(string s, int i)
    {
        if (i >= s.Length || Digits.Is(s[i]))
        {
            return 0;
        }

        var c = s[i];
        return char.IsAsciiLetter(c) ? c : c == '~' ? -1 : c + 256;
    }

    // A spelling that Compare finds equal to every other spelling of the same value: digit runs without leading
    // zeros, an empty digit run where one could stand written as 0, and a lone 0 as nothing ("1.0-0" is "1.0").
    private static string Canonical(string part)
    {
        var text = new StringBuilder(part.Length + 2);
        var i = 0;
        while (i < part.Length)
        {
            var start = i;
            while (i < part.Length && !Digits.Is(part[i]))
            {
                i++;
            }

            text.Append(part, start, i - start);
            var end = Digits.RunEnd(part, i);
            text.Append(Digits.Normalize(part.AsSpan(i, end - i)));
            i = end;
        }

        return text.ToString() is "0" ? "" : text.ToString();
    }
}
