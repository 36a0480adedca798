using System.Text;
using Bulwark.Scanners.Detection.Sigma.Model;

namespace Bulwark.Scanners.Detection.Sigma.Compiling;

/// <summary>The encoding modifiers: the bytes a text stands for (UTF-8, or UTF-16 under utf16*), and base64 of them.</summary>
internal static class Encodings
{
    public static byte[] Bytes(string text, SigmaModifier? utf16) => utf16 switch
    {
        SigmaModifier.Utf16Le => Encoding.Unicode.GetBytes(text),
        SigmaModifier.Utf16Be => Encoding.BigEndianUnicode.GetBytes(text),
        // utf16: a byte order mark, then little-endian, as the modifiers appendix's example shows (FF FE 63 00 ...).
        SigmaModifier.Utf16 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        _ => Encoding.UTF8.GetBytes(text),
    };

    public static string Base64(byte[] bytes) => Convert.ToBase64String(bytes);

    /// <summary>
    /// The three texts that appear, whatever came before, when the bytes are base64-encoded inside a longer input:
    /// shifted by 0, 1 or 2 bytes, without the leading and trailing characters the unknown neighbours change. Empty
    /// texts (a value too short for a shift) are left out.
    /// </summary>
    public static IReadOnlyList<string> Base64Offsets(byte[] bytes)
    {
        var texts = new List<string>();
        for (var shift = 0; shift < 3; shift++)
        {
            var encoded = Convert.ToBase64String([.. new byte[shift], .. bytes]);
            // A shift of 1 byte spoils the first 2 characters (12 bits), of 2 bytes the first 3 (18 bits).
            var skip = shift switch { 0 => 0, 1 => 2, _ => 3 };
            // A last group with 1 real byte ends "Xy==" (y half unknown), with 2 real bytes "Xyz=" (z half unknown).
            var cut = ((shift + bytes.Length) % 3) switch { 0 => 0, 1 => 3, _ => 2 };
            if (encoded.Length - cut > skip)
            {
                texts.Add(encoded[skip..^cut]);
            }
        }

        return texts.Distinct().ToList();
    }
}
