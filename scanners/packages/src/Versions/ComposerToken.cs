namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// One part of a normalised Composer version as PHP's <c>version_compare</c> sees it: a number, or a special form
/// ranked <c>dev</c> &lt; <c>alpha</c> &lt; <c>beta</c> &lt; <c>RC</c> &lt; (a number) &lt; <c>patch</c>.
/// </summary>
/// <param name="Value">The number, or the special form's rank.</param>
/// <param name="IsNumber">True for a number.</param>
internal readonly record struct ComposerToken(long Value, bool IsNumber)
{
    /// <summary>Rank of <c>dev</c>.</summary>
    public const int Dev = 0;

    /// <summary>Rank of <c>alpha</c> (and <c>a</c>).</summary>
    public const int Alpha = 1;

    /// <summary>Rank of <c>beta</c> (and <c>b</c>).</summary>
    public const int Beta = 2;

    /// <summary>Rank of <c>RC</c>.</summary>
    public const int ReleaseCandidate = 3;

    /// <summary>The rank a number takes against a special form (PHP's <c>#</c>).</summary>
    public const int NumberRank = 4;

    /// <summary>Rank of <c>patch</c> (and <c>pl</c>, <c>p</c>).</summary>
    public const int Patch = 5;

    /// <summary>A number token.</summary>
    public static ComposerToken Number(long value) => new(value, IsNumber: true);

    /// <summary>A special-form token of the given rank.</summary>
    public static ComposerToken Special(int rank) => new(rank, IsNumber: false);

    /// <summary>The rank this token has against a special form.</summary>
    public long Rank => IsNumber ? NumberRank : Value;

    /// <summary><c>version_compare</c>'s order of two parts: numbers numerically, otherwise by rank.</summary>
    public int CompareTo(ComposerToken other)
    {
        var (left, right) = IsNumber && other.IsNumber ? (Value, other.Value) : (Rank, other.Rank);
        return left.CompareTo(right);
    }
}
