namespace Bulwark.Scanners.Detection.Engine;

/// <summary>
/// Up to four characters at one end of a text, ASCII letters folded to upper case, packed into one number, so that a
/// literal can be turned away by one comparison before a full comparison ignoring case. Only a necessary condition:
/// where a text's characters are not all ASCII (which may fold to ASCII letters, as the dotless ı does to I), or a
/// literal's are not, nothing is turned away.
/// </summary>
internal readonly record struct Folded(ulong Chars, ulong Mask)
{
    /// <summary>The first four characters of <paramref name="text"/> (the last four, nearest the end first, when <paramref name="fromEnd"/>); fewer when shorter.</summary>
    public static Folded Of(ReadOnlySpan<char> text, bool fromEnd)
    {
        ulong chars = 0;
        var taken = Math.Min(4, text.Length);
        for (var i = 0; i < taken; i++)
        {
            var c = fromEnd ? text[text.Length - 1 - i] : text[i];
            if (c >= 128)
            {
                return default;
            }

            chars |= (ulong)(c is >= 'a' and <= 'z' ? c - 32 : c) << (16 * i);
        }

        return new Folded(chars, taken == 4 ? ulong.MaxValue : (1UL << (16 * taken)) - 1);
    }

    /// <summary>
    /// Whether a text whose folded end this is may hold <paramref name="literal"/> at that end. A text with a character
    /// beyond ASCII there has no mask, and may hold anything; a shorter text has zeros where the literal has characters.
    /// </summary>
    public bool MayBe(Folded literal) => Mask == 0 || literal.Mask == 0 || (Chars & literal.Mask) == literal.Chars;
}
