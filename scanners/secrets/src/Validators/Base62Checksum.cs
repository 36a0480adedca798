namespace Bulwark.Scanners.Secrets;

/// <summary>
/// The checksum GitHub (since 2021) and npm put in their tokens: after the prefix come 30 random base62
/// characters and then the CRC-32 of those 30 characters, base62-encoded and zero-padded to 6 characters.
/// Published descriptions disagree on the order of the base62 alphabet (digits, then upper or lower case
/// first), so both orders are accepted; a random string passes either by chance about once in two billion.
/// </summary>
public static class Base62Checksum
{
    private const int RandomLength = 30;
    private const int ChecksumLength = 6;
    private const string UpperFirst = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string LowerFirst = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary>Whether the last 36 characters of <paramref name="token"/> carry a valid checksum.</summary>
    public static bool IsValid(string token)
    {
        if (token.Length < RandomLength + ChecksumLength)
        {
            return false;
        }

        var payload = token.AsSpan(token.Length - RandomLength - ChecksumLength);
        var crc = Crc32.Of(payload[..RandomLength]);
        var written = payload[RandomLength..];
        return written.SequenceEqual(Encode(crc, UpperFirst)) || written.SequenceEqual(Encode(crc, LowerFirst));
    }

    /// <summary>Appends the checksum to 30 random characters: how tests build well-formed tokens.</summary>
    public static string Complete(string prefix, string random) => prefix + random + Encode(Crc32.Of(random), UpperFirst);

    private static string Encode(uint value, string alphabet)
    {
        Span<char> digits = stackalloc char[ChecksumLength];
        for (var i = ChecksumLength - 1; i >= 0; i--)
        {
            digits[i] = alphabet[(int)(value % 62)];
            value /= 62;
        }

        return new string(digits);
    }
}
