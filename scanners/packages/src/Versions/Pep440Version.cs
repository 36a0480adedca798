namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// A PEP 440 version in its normal form (see <see cref="Pep440Parser"/>), ordered as the spec says: epoch, then the
/// release with implicit trailing zeros, then pre-release, post-release, development release, and last the local
/// label. A bare development release (<c>1.0.dev1</c>) sorts before every pre-release of its release, and a
/// post-release's own development releases sort before it.
/// </summary>
internal sealed class Pep440Version : ParsedVersion<Pep440Version>
{
    /// <summary>Pre-release rank of <c>1.0.dev1</c>: before <c>1.0a0</c>.</summary>
    public const int DevOnly = 0;

    /// <summary>Pre-release rank of <c>a</c> (alpha).</summary>
    public const int Alpha = 1;

    /// <summary>Pre-release rank of <c>b</c> (beta).</summary>
    public const int Beta = 2;

    /// <summary>Pre-release rank of <c>rc</c> (release candidate).</summary>
    public const int ReleaseCandidate = 3;

    /// <summary>Pre-release rank of a version with no pre-release: after all of them.</summary>
    public const int Final = 4;

    /// <summary>The <see cref="Post"/> and <see cref="Dev"/> value of a version that has none.</summary>
    public const long Absent = -1;

    private readonly long[] release;
    private readonly ReleaseLabel[]? local;

    /// <summary>Builds a version from parts the parser already normalised.</summary>
    public Pep440Version(string text, long epoch, long[] release, int preRank, long preNumber, long post, long dev, ReleaseLabel[]? local)
        : base(text)
    {
        var length = release.Length;
        while (length > 0 && release[length - 1] == 0)
        {
            length--;
        }

        Epoch = epoch;
        this.release = length == release.Length ? release : release[..length];
        PreRank = post == Absent && dev != Absent && preRank == Final ? DevOnly : preRank;
        PreNumber = preNumber;
        Post = post;
        Dev = dev;
        this.local = local;
    }

    /// <summary>The epoch (<c>N!</c>), 0 when not written.</summary>
    public long Epoch { get; }

    /// <summary>The release numbers without trailing zeros (<c>1.0.0</c> is <c>[1]</c>).</summary>
    public IReadOnlyList<long> Release => release;

    /// <summary>The pre-release kind: <see cref="DevOnly"/>, <see cref="Alpha"/>, <see cref="Beta"/>, <see cref="ReleaseCandidate"/> or <see cref="Final"/>.</summary>
    public int PreRank { get; }

    /// <summary>The pre-release number, 0 when there is no pre-release.</summary>
    public long PreNumber { get; }

    /// <summary>The post-release number, or <see cref="Absent"/>.</summary>
    public long Post { get; }

    /// <summary>The development release number, or <see cref="Absent"/>.</summary>
    public long Dev { get; }

    /// <summary>The local label's segments (<c>+ubuntu.1</c>), or null.</summary>
    public IReadOnlyList<ReleaseLabel>? Local => local;

    /// <inheritdoc/>
    public override int CompareTo(Pep440Version? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (Epoch != other.Epoch)
        {
            return Epoch < other.Epoch ? -1 : 1;
        }

        var result = CompareRelease(release, other.release);
        if (result != 0)
        {
            return result;
        }

        if (PreRank != other.PreRank)
        {
            return PreRank < other.PreRank ? -1 : 1;
        }

        if (PreNumber != other.PreNumber)
        {
            return PreNumber < other.PreNumber ? -1 : 1;
        }

        if (Post != other.Post)
        {
            return Post < other.Post ? -1 : 1;
        }

        if (Dev != other.Dev)
        {
            // No development release sorts after any: 1.0 > 1.0.dev5.
            return Dev == Absent ? 1 : other.Dev == Absent ? -1 : Dev < other.Dev ? -1 : 1;
        }

        return CompareLocal(local, other.local);
    }

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Epoch);
        foreach (var number in release)
        {
            hash.Add(number);
        }

        hash.Add(PreRank);
        hash.Add(PreNumber);
        hash.Add(Post);
        hash.Add(Dev);
        if (local is not null)
        {
            ReleaseLabels.AddTo(ref hash, local);
        }

        return hash.ToHashCode();
    }

    private static int CompareRelease(long[] left, long[] right)
    {
        var length = Math.Max(left.Length, right.Length);
        for (var i = 0; i < length; i++)
        {
            var l = i < left.Length ? left[i] : 0;
            var r = i < right.Length ? right[i] : 0;
            if (l != r)
            {
                return l < r ? -1 : 1;
            }
        }

        return 0;
    }

    // PEP 440 "Local version identifiers": segments compare one by one, numbers numerically and after any
    // alphanumeric segment; a label that is a prefix of another sorts first, and no label sorts before any.
    private static int CompareLocal(ReleaseLabel[]? left, ReleaseLabel[]? right)
    {
        if (left is null || right is null)
        {
            return (left is null ? 0 : 1) - (right is null ? 0 : 1);
        }

        var shared = Math.Min(left.Length, right.Length);
        for (var i = 0; i < shared; i++)
        {
            var l = left[i];
            var r = right[i];
            if (l.IsNumeric != r.IsNumeric)
            {
                return l.IsNumeric ? 1 : -1;
            }

            var result = l.IsNumeric ? Digits.Compare(l.Text, r.Text) : Math.Sign(string.CompareOrdinal(l.Text, r.Text));
            if (result != 0)
            {
                return result;
            }
        }

        return left.Length.CompareTo(right.Length);
    }
}
