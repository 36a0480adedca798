namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// One token of an Alpine package version, <c>digit{.digit}...{letter}{_suffix{digits}}...{~hash}{-r#}</c>, in
/// apk-tools' token order (a later kind ending a version sorts it before an earlier kind continuing another, see
/// <see cref="ApkVersion.CompareTo(ApkVersion?)"/>).
/// </summary>
/// <param name="Kind">The token's kind.</param>
/// <param name="Text">Digits (without leading zeros, except for <see cref="ApkTokenKind.Digit"/>, kept as written), the letter, or the hash.</param>
/// <param name="Suffix">For <see cref="ApkTokenKind.Suffix"/>, its rank (<see cref="SuffixNone"/> splits pre- from post-release suffixes).</param>
internal readonly record struct ApkToken(ApkTokenKind Kind, string Text, int Suffix)
{
    /// <summary>The rank no suffix has: <c>_alpha</c>, <c>_beta</c>, <c>_pre</c>, <c>_rc</c> sort below it; <c>_cvs</c>, <c>_svn</c>, <c>_git</c>, <c>_hg</c>, <c>_p</c> above.</summary>
    public const int SuffixNone = 5;

    /// <summary>The rank of a suffix word, or -1 for a word apk does not know.</summary>
    public static int SuffixRank(ReadOnlySpan<char> word) => word switch
    {
        "alpha" => 1,
        "beta" => 2,
        "pre" => 3,
        "rc" => 4,
        "cvs" => 6,
        "svn" => 7,
        "git" => 8,
        "hg" => 9,
        "p" => 10,
        _ => -1,
    };

    /// <summary>
    /// Order of two tokens of the same kind. Numbers compare numerically, except that a dotted part where either
    /// side has a leading zero compares as a string, as in Gentoo (<c>1.01 &lt; 1.1</c>, <c>1.0 &lt; 1.00</c>).
    /// </summary>
    public int CompareTo(ApkToken other) => Kind switch
    {
        ApkTokenKind.Digit when Text[0] == '0' || other.Text[0] == '0' => Math.Sign(string.CompareOrdinal(Text, other.Text)),
        ApkTokenKind.InitialDigit or ApkTokenKind.Digit or ApkTokenKind.SuffixNumber or ApkTokenKind.Revision => Digits.Compare(Text, other.Text),
        ApkTokenKind.Suffix => Suffix.CompareTo(other.Suffix),
        _ => Math.Sign(string.CompareOrdinal(Text, other.Text)),
    };
}
