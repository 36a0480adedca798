using System.Globalization;

namespace Bulwark.Scanners.Integrity.Meaning;

/// <summary>
/// A Debian package version, <c>[epoch:]upstream[-revision]</c>, ordered as dpkg orders them
/// (deb-version(7): the epoch as a number, then upstream and revision by dpkg's verrevcmp, where <c>~</c> sorts before
/// everything, even the end of the string).
/// </summary>
internal sealed record DpkgVersion(long Epoch, string Upstream, string Revision) : IComparable<DpkgVersion>
{
    /// <summary>The parts of <paramref name="version"/>; a malformed epoch is read as part of the upstream version, not an error.</summary>
    public static DpkgVersion Parse(string version)
    {
        var text = version.Trim();
        long epoch = 0;
        var colon = text.IndexOf(':');
        if (colon > 0 && long.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var e))
        {
            epoch = e;
            text = text[(colon + 1)..];
        }
        var dash = text.LastIndexOf('-');
        return dash < 0 ? new(epoch, text, "") : new(epoch, text[..dash], text[(dash + 1)..]);
    }

    /// <summary>Below zero when <paramref name="a"/> is older than <paramref name="b"/>, zero when dpkg sees them as equal.</summary>
    public static int Compare(string a, string b) => Parse(a).CompareTo(Parse(b));

    public int CompareTo(DpkgVersion? other)
    {
        if (other is null)
        {
            return 1;
        }
        if (Epoch != other.Epoch)
        {
            return Epoch.CompareTo(other.Epoch);
        }
        var upstream = VerRevCmp(Upstream, other.Upstream);
        return upstream != 0 ? upstream : VerRevCmp(Revision, other.Revision);
    }

    // A port of dpkg's verrevcmp (lib/dpkg/version.c): alternate non-digit runs, compared character by character with
    // letters before other symbols, and digit runs, compared as numbers.
    private static int VerRevCmp(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            while ((i < a.Length && !char.IsAsciiDigit(a[i])) || (j < b.Length && !char.IsAsciiDigit(b[j])))
            {
                var ac = Order(At(a, i));
                var bc = Order(At(b, j));
                if (ac != bc)
                {
                    return ac - bc;
                }
                i++;
                j++;
            }
            while (At(a, i) == '0')
            {
                i++;
            }
            while (At(b, j) == '0')
            {
                j++;
            }
            var firstDiff = 0;
            while (char.IsAsciiDigit(At(a, i)) && char.IsAsciiDigit(At(b, j)))
            {
                if (firstDiff == 0)
                {
                    firstDiff = At(a, i) - At(b, j);
                }
                i++;
                j++;
            }
            if (char.IsAsciiDigit(At(a, i)))
            {
                return 1;
            }
            if (char.IsAsciiDigit(At(b, j)))
            {
                return -1;
            }
            if (firstDiff != 0)
            {
                return firstDiff;
            }
        }
        return 0;
    }

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static int Order(char c) => c switch
    {
        '\0' => 0,
        '~' => -1,
        _ when char.IsAsciiDigit(c) => 0,
        _ when char.IsAsciiLetter(c) => c,
        _ => c + 256,
    };
}
