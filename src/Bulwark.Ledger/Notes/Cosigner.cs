using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Bulwark.Ledger.Notes;

/// <summary>
/// Makes cosignature/v1 lines (c2sp.org/tlog-cosignature): an Ed25519 signature, prefixed by a big-endian
/// timestamp, over "cosignature/v1\ntime &lt;ts&gt;\n" and the checkpoint body. The key id uses type 0x04, so a
/// cosignature can never pass for a plain note signature by the same key.
/// </summary>
internal sealed class Cosigner(NoteSigner key)
{
    /// <summary>The witness's name, as on its signature lines.</summary>
    public string Name => key.Name;

    /// <summary>The cosignature key id: SHA-256(name || 0x0A || 0x04 || public key)[:4].</summary>
    public uint KeyId { get; } = KeyText.KeyId(key.Name, KeyText.Cosignature, key.Verifier.PublicKeyBytes);

    /// <summary>The vkey clients configure: <c>name+keyid+base64(0x04 || public key)</c>.</summary>
    public string VerifierKey => KeyText.Format(Name, KeyId, KeyText.Cosignature, key.Verifier.PublicKeyBytes);

    /// <summary>A cosignature of <paramref name="body"/> made at <paramref name="time"/> (whole seconds).</summary>
    public NoteSignature Sign(string body, DateTimeOffset time)
    {
        var timestamp = (ulong)time.ToUnixTimeSeconds();
        var signature = new byte[8 + 64];
        BinaryPrimitives.WriteUInt64BigEndian(signature, timestamp);
        key.SignBytes(Message(timestamp, body)).CopyTo(signature, 8);
        return new NoteSignature(Name, KeyId, signature);
    }

    /// <summary>The bytes a cosignature signs: header line, time line, then the checkpoint body.</summary>
    internal static byte[] Message(ulong timestamp, ReadOnlySpan<byte> body)
    {
        var header = Encoding.UTF8.GetBytes($"cosignature/v1\ntime {timestamp.ToString(CultureInfo.InvariantCulture)}\n");
        return [.. header, .. body];
    }

    private static byte[] Message(ulong timestamp, string body) => Message(timestamp, Encoding.UTF8.GetBytes(body));
}
