namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// One dot-separated identifier of a SemVer-style pre-release (<c>alpha</c>, <c>1</c>, <c>x-y</c>). Numeric ones are
/// kept without leading zeros so that comparing them is comparing numbers.
/// </summary>
/// <param name="Text">The identifier; digits without leading zeros when <paramref name="IsNumeric"/>.</param>
/// <param name="IsNumeric">True when the identifier is all digits.</param>
internal readonly record struct ReleaseLabel(string Text, bool IsNumeric)
{
    /// <summary>
    /// SemVer 2.0.0 §11.4 order of two identifiers: numeric ones numerically, numeric before alphanumeric, the rest
    /// ordinally (ASCII).
    /// </summary>
    public int CompareTo(ReleaseLabel other)
    {
        if (IsNumeric != other.IsNumeric)
        {
            return IsNumeric ? -1 : 1;
        }

        return IsNumeric ? Digits.Compare(Text, other.Text) : Math.Sign(string.CompareOrdinal(Text, other.Text));
    }
}
