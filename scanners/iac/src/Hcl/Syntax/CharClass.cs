using System.Globalization;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>
/// Character classes of the HCL lexer. Identifiers follow UAX #31 (ID_Start, ID_Continue) plus <c>-</c> inside
/// and <c>_</c> at the start, as the HCL native syntax specification allows; ASCII is decided without a table.
/// </summary>
internal static class CharClass
{
    /// <summary>True for the first character of an identifier (a lone surrogate is never one).</summary>
    public static bool IsIdStart(string s, int i, out int width)
    {
        var c = s[i];
        width = 1;
        if (c < 128)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';
        }

        return IsUnicodeId(s, i, ref width, continuing: false);
    }

    /// <summary>True for a character that may continue an identifier.</summary>
    public static bool IsIdContinue(string s, int i, out int width)
    {
        var c = s[i];
        width = 1;
        if (c < 128)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_' || c == '-';
        }

        return IsUnicodeId(s, i, ref width, continuing: true);
    }

    /// <summary>True for an ASCII decimal digit.</summary>
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsUnicodeId(string s, int i, ref int width, bool continuing)
    {
        int codePoint = s[i];
        if (char.IsHighSurrogate(s[i]))
        {
            if (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]))
            {
                return false;
            }

            codePoint = char.ConvertToUtf32(s[i], s[i + 1]);
            width = 2;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(codePoint))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return true;
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return continuing;
            default:
                return false;
        }
    }
}
