using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bulwark.Ledger.Notes;

/// <summary>
/// Key ids and the <c>name+keyid+base64(type || key)</c> text of verifier keys (and, after <c>PRIVATE+KEY+</c>,
/// of private keys) in the Go sumdb/note convention.
/// </summary>
internal static class KeyText
{
    /// <summary>Signature type of plain Ed25519 note signatures (c2sp.org/signed-note).</summary>
    internal const byte Ed25519 = 0x01;

    /// <summary>Signature type of timestamped Ed25519 witness cosignatures (c2sp.org/tlog-cosignature).</summary>
    internal const byte Cosignature = 0x04;

    /// <summary>SHA-256(name || 0x0A || type || public key)[:4], big-endian.</summary>
    internal static uint KeyId(string name, byte type, ReadOnlySpan<byte> publicKey)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[nameBytes.Length + 2 + publicKey.Length];
        nameBytes.CopyTo(input, 0);
        input[nameBytes.Length] = 0x0A;
        input[nameBytes.Length + 1] = type;
        publicKey.CopyTo(input.AsSpan(nameBytes.Length + 2));
        return BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(input));
    }

    /// <summary>The text <c>name+keyid+base64(type || key)</c>.</summary>
    internal static string Format(string name, uint keyId, byte type, ReadOnlySpan<byte> key) =>
        $"{name}+{keyId:x8}+{Convert.ToBase64String([type, .. key])}";

    /// <summary>
    /// Splits <c>name+keyid+base64(type || key)</c>; null with a reason when malformed or of another type. The caller
    /// checks the key id, since for a private key it depends on the public key the seed yields.
    /// </summary>
    internal static (string Name, uint KeyId, byte[] Key)? Parse(string text, byte type, out string? reason)
    {
        reason = null;
        // Base64 may itself hold '+', so only the first two separate fields; names and key ids never hold one.
        var parts = text.Split('+', 3);
        if (parts.Length != 3)
        {
            reason = "expected name+keyid+key";
            return null;
        }

        if (!NoteText.IsValidName(parts[0]))
        {
            reason = $"key name '{parts[0]}' is empty or holds a space or '+'";
            return null;
        }

        if (parts[1].Length != 8 || !uint.TryParse(parts[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var keyId))
        {
            reason = $"key id '{parts[1]}' is not 8 hexadecimal digits";
            return null;
        }

        var blob = NoteText.FromBase64(parts[2]);
        if (blob is null || blob.Length != 33 || blob[0] != type)
        {
            reason = $"the key is not base64 of type byte 0x{type:x2} and 32 Ed25519 key bytes";
            return null;
        }

        return (parts[0], keyId, blob[1..]);
    }
}
