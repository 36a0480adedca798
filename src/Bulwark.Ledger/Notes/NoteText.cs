using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Bulwark.Ledger.Notes;

/// <summary>The character-level rules of c2sp.org/signed-note shared by notes, key names and key texts.</summary>
internal static class NoteText
{
    /// <summary>Go's note package stops at 100; the spec asks for at least 16.</summary>
    internal const int MaxSignatures = 100;

    /// <summary>Em dash (U+2014) and a space start every signature line.</summary>
    internal const string SignaturePrefix = "\u2014 ";

    /// <summary>The text as UTF-8, or null when it holds a lone surrogate and so has no UTF-8 form.</summary>
    internal static byte[]? Utf8Bytes(string text)
    {
        var buffer = new byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        var status = Utf8.FromUtf16(text, buffer, out _, out var written, replaceInvalidSequences: false);
        return status == OperationStatus.Done ? buffer[..written] : null;
    }

    /// <summary>Strict UTF-8 decoding: null for anything that is not well-formed.</summary>
    internal static string? FromUtf8(ReadOnlySpan<byte> utf8)
    {
        var buffer = new char[utf8.Length];
        var status = Utf8.ToUtf16(utf8, buffer, out _, out var written, replaceInvalidSequences: false);
        return status == OperationStatus.Done ? new string(buffer, 0, written) : null;
    }

    /// <summary>Null when the text may appear in a note, else why not: it must be UTF-8 with no control character but newline.</summary>
    internal static string? Check(string text)
    {
        if (Utf8Bytes(text) is null)
        {
            return "not valid UTF-8";
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] < ' ' && text[i] != '\n')
            {
                return $"control character U+{(int)text[i]:X4} at offset {i}";
            }
        }

        return null;
    }

    /// <summary>A key name is non-empty and has no Unicode space, no '+' and (like all note text) no control character.</summary>
    internal static bool IsValidName(string name) =>
        name.Length > 0
        && !name.Any(c => char.IsWhiteSpace(c) || c == '+' || c < ' ')
        && Utf8Bytes(name) is not null;

    /// <summary>Standard padded base64 in its one canonical spelling, else null.</summary>
    /// <remarks>
    /// .NET's decoder skips whitespace and ignores stray low bits; re-encoding and comparing refuses both, so a
    /// signature line has exactly one spelling.
    /// </remarks>
    internal static byte[]? FromBase64(string text)
    {
        if (text.Length == 0 || text.Length % 4 != 0)
        {
            return null;
        }

        var buffer = new byte[text.Length / 4 * 3];
        if (!Convert.TryFromBase64String(text, buffer, out var written))
        {
            return null;
        }

        var bytes = buffer[..written];
        return Convert.ToBase64String(bytes) == text ? bytes : null;
    }
}
