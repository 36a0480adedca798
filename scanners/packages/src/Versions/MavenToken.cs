namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// One token of a Maven version with the separator before it: a number or a qualifier, after a <c>.</c> or a
/// <c>-</c> (a switch between digits and letters counts as <c>-</c>). Qualifiers are stored normalised: lower case,
/// aliases resolved (<c>cr</c> → <c>rc</c>; <c>ga</c>, <c>final</c>, <c>release</c> → the empty qualifier).
/// </summary>
/// <param name="AfterHyphen">True when a <c>-</c> (or a digit/letter switch) precedes the token.</param>
/// <param name="IsNumber">True for a numeric token.</param>
/// <param name="Value">The number without leading zeros, or the normalised qualifier.</param>
/// <param name="Rank">A qualifier's place among the known ones (<see cref="UnknownRank"/> for others); 0 for numbers.</param>
internal readonly record struct MavenToken(bool AfterHyphen, bool IsNumber, string Value, int Rank)
{
    /// <summary>The rank of every qualifier not in Maven's list: after all known ones, among themselves alphabetical.</summary>
    public const int UnknownRank = 7;

    /// <summary>The rank of the empty qualifier (a release): <c>ga</c>, <c>final</c> and <c>release</c> share it.</summary>
    private const int ReleaseRank = 5;

    /// <summary>True for the values trimming removes: 0 and the release qualifier.</summary>
    public bool IsNull => IsNumber ? Value == "0" : Rank == ReleaseRank;

    // ".qualifier" = "-qualifier" < "-number" < ".number" (Version Order Specification).
    private int Kind => !IsNumber ? 0 : AfterHyphen ? 1 : 2;

    /// <summary>The token for one piece of a version; <paramref name="followedByDigit"/> lets <c>a1</c> mean <c>alpha-1</c>.</summary>
    public static MavenToken Create(ReadOnlySpan<char> text, bool afterHyphen, bool followedByDigit)
    {
        if (text.IsEmpty || Digits.All(text))
        {
            return new MavenToken(afterHyphen, IsNumber: true, text.IsEmpty ? "0" : Digits.Normalize(text), 0);
        }

        var qualifier = text switch
        {
            "a" when followedByDigit => "alpha",
            "b" when followedByDigit => "beta",
            "m" when followedByDigit => "milestone",
            "cr" => "rc",
            "ga" or "final" or "release" => "",
            _ => text.ToString(),
        };
        var rank = qualifier switch
        {
            "alpha" => 0,
            "beta" => 1,
            "milestone" => 2,
            "rc" => 3,
            "snapshot" => 4,
            "" => ReleaseRank,
            "sp" => 6,
            _ => UnknownRank,
        };
        return new MavenToken(afterHyphen, IsNumber: false, qualifier, rank);
    }

    /// <summary>Order of two tokens at the same position.</summary>
    public int CompareTo(MavenToken other)
    {
        if (Kind != other.Kind)
        {
            return Kind < other.Kind ? -1 : 1;
        }

        if (IsNumber)
        {
            return Digits.Compare(Value, other.Value);
        }

        if (Rank != other.Rank)
        {
            return Rank < other.Rank ? -1 : 1;
        }

        return Rank == UnknownRank ? Math.Sign(string.CompareOrdinal(Value, other.Value)) : 0;
    }

    /// <summary>
    /// Order against the padding of a shorter version, a null of the token's own kind: 0 for a number, the empty
    /// qualifier for a qualifier. So <c>1 &lt; 1.1</c>, <c>1-snapshot &lt; 1 &lt; 1-sp</c>, and <c>1 &lt; 1-1</c>.
    /// </summary>
    public int CompareToPadding() =>
        IsNumber ? (Value == "0" ? 0 : 1) : Math.Sign(Rank - ReleaseRank);

    /// <summary>Adds the token to a hash in the normal form <see cref="CompareTo"/> uses.</summary>
    public void AddTo(ref HashCode hash)
    {
        hash.Add(Kind);
        hash.Add(IsNumber || Rank == UnknownRank ? Value : null);
        hash.Add(Rank);
    }
}
