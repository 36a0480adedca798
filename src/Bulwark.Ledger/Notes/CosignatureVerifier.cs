using System.Buffers.Binary;
using NSec.Cryptography;

namespace Bulwark.Ledger.Notes;

/// <summary>
/// Checks a witness's cosignature/v1 line (c2sp.org/tlog-cosignature) on a checkpoint note, given the witness's
/// vkey <c>name+keyid+base64(0x04 || public key)</c>. It says the witness saw this checkpoint as the latest
/// consistent one; the log's own signature is still for <see cref="CheckpointNote.Open"/> to check.
/// </summary>
public sealed class CosignatureVerifier : INoteVerifier
{
    private const int TimestampSize = 8;
    private readonly PublicKey _key;

    private CosignatureVerifier(string name, uint keyId, PublicKey key)
    {
        Name = name;
        KeyId = keyId;
        _key = key;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public uint KeyId { get; }

    /// <summary>Null when <paramref name="noteText"/> carries a valid cosignature by the witness with <paramref name="witnessVerifierKey"/>, else why not.</summary>
    public static string? Verify(string noteText, string witnessVerifierKey)
    {
        var witness = Parse(witnessVerifierKey);
        if (!witness.Succeeded)
        {
            return witness.Reason;
        }

        var note = SignedNote.Parse(noteText);
        if (!note.Succeeded)
        {
            return note.Reason;
        }

        var w = witness.Value;
        if (!note.Value.Signatures.Any(s => s.Name == w.Name && s.KeyId == w.KeyId))
        {
            return $"not cosigned: no signature by witness {w.Name} (key {w.KeyId:x8})";
        }

        return note.Value.Verify([w], "note");
    }

    /// <summary>Reads a witness vkey, which must carry signature type 0x04.</summary>
    public static NoteResult<CosignatureVerifier> Parse(string witnessVerifierKey)
    {
        var parts = KeyText.Parse(witnessVerifierKey, KeyText.Cosignature, out var reason);
        if (parts is not { } p)
        {
            return NoteResult<CosignatureVerifier>.Fail($"not a witness cosignature key: {reason}");
        }

        if (!PublicKey.TryImport(SignatureAlgorithm.Ed25519, p.Key, KeyBlobFormat.RawPublicKey, out var key) || key is null)
        {
            return NoteResult<CosignatureVerifier>.Fail("not a witness cosignature key: the key bytes are not an Ed25519 public key");
        }

        var keyId = KeyText.KeyId(p.Name, KeyText.Cosignature, p.Key);
        return keyId == p.KeyId
            ? NoteResult<CosignatureVerifier>.Ok(new CosignatureVerifier(p.Name, keyId, key))
            : NoteResult<CosignatureVerifier>.Fail($"witness key for {p.Name}: key id {p.KeyId:x8} does not match the key ({keyId:x8})");
    }

    /// <summary>Checks timestamp || Ed25519 signature over the cosignature/v1 message for <paramref name="text"/>.</summary>
    bool INoteVerifier.Verify(ReadOnlySpan<byte> text, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != TimestampSize + SignatureAlgorithm.Ed25519.SignatureSize)
        {
            return false;
        }

        var timestamp = BinaryPrimitives.ReadUInt64BigEndian(signature);
        return timestamp <= long.MaxValue
            && SignatureAlgorithm.Ed25519.Verify(_key, Cosigner.Message(timestamp, text), signature[TimestampSize..]);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} (key {KeyId:x8})";
}
