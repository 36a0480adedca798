namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// Numbers as the digit runs they were written with. Several schemes put no bound on a numeric part (Maven,
/// RubyGems, rpm, a PEP 440 local label), so those are kept as text without leading zeros and compared by length,
/// then ordinally, which is numeric order for any size.
/// </summary>
internal static class Digits
{
    /// <summary>The longest digit run <see cref="TryParse"/> accepts: every value fits a <see cref="long"/> with room for sentinels.</summary>
    public const int MaxParsedLength = 18;

    /// <summary>True for ASCII 0-9 only: version grammars never mean other scripts' digits.</summary>
    public static bool Is(char c) => c is >= '0' and <= '9';

    /// <summary>True when <paramref name="text"/> is non-empty and all ASCII digits.</summary>
    public static bool All(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!Is(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The index just past the digit run that starts at <paramref name="start"/> (equal to it when there is none).</summary>
    public static int RunEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && Is(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>A digit run without its leading zeros; zero (and an empty run, which schemes read as zero) is <c>"0"</c>.</summary>
    public static string Normalize(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty)
        {
            return "0";
        }

        var start = 0;
        while (start < digits.Length - 1 && digits[start] == '0')
        {
            start++;
        }

        var trimmed = digits[start..];
        return trimmed is "0" ? "0" : trimmed.ToString();
    }

    /// <summary>Numeric order of two runs already passed through <see cref="Normalize"/>.</summary>
    public static int Compare(string left, string right) =>
        left.Length != right.Length ? left.Length.CompareTo(right.Length) : Math.Sign(string.CompareOrdinal(left, right));

    /// <summary>Numeric order of two raw digit runs of any length, leading zeros ignored, without allocating.</summary>
    public static int CompareRuns(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        left = left.TrimStart('0');
        right = right.TrimStart('0');
        return left.Length != right.Length ? left.Length.CompareTo(right.Length) : Math.Sign(left.SequenceCompareTo(right));
    }

    /// <summary>The value of a digit run of at most <see cref="MaxParsedLength"/> significant digits; false otherwise.</summary>
    public static bool TryParse(ReadOnlySpan<char> digits, out long value)
    {
        value = 0;
        if (!All(digits))
        {
            return false;
        }

        var start = 0;
        while (start < digits.Length - 1 && digits[start] == '0')
        {
            start++;
        }

        if (digits.Length - start > MaxParsedLength)
        {
            return false;
        }

        for (var i = start; i < digits.Length; i++)
        {
            value = (value * 10) + (digits[i] - '0');
        }

        return true;
    }
}
