using NSec.Cryptography;

namespace Bulwark.Ledger.Notes;

/// <summary>
/// An Ed25519 note verifier (signature type 0x01): what a reader configures to trust a log's checkpoints,
/// written as the verifier key <c>name+keyid+base64(0x01 || public key)</c>.
/// </summary>
public sealed class NoteVerifier : INoteVerifier
{
    private readonly PublicKey _key;

    internal NoteVerifier(string name, PublicKey key)
    {
        Name = name;
        _key = key;
        PublicKeyBytes = key.Export(KeyBlobFormat.RawPublicKey);
        KeyId = KeyText.KeyId(name, KeyText.Ed25519, PublicKeyBytes);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public uint KeyId { get; }

    /// <summary>The verifier key text, safe to publish.</summary>
    public string VerifierKey => KeyText.Format(Name, KeyId, KeyText.Ed25519, PublicKeyBytes);

    internal byte[] PublicKeyBytes { get; }

    /// <inheritdoc />
    public bool Verify(ReadOnlySpan<byte> text, ReadOnlySpan<byte> signature) =>
        signature.Length == SignatureAlgorithm.Ed25519.SignatureSize
        && SignatureAlgorithm.Ed25519.Verify(_key, text, signature);

    /// <summary>Reads a verifier key such as <c>PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW</c>.</summary>
    public static NoteResult<NoteVerifier> Parse(string verifierKey)
    {
        var parts = KeyText.Parse(verifierKey, KeyText.Ed25519, out var reason);
        if (parts is not { } p)
        {
            return NoteResult<NoteVerifier>.Fail($"not an Ed25519 verifier key: {reason}");
        }

        if (!PublicKey.TryImport(SignatureAlgorithm.Ed25519, p.Key, KeyBlobFormat.RawPublicKey, out var key) || key is null)
        {
            return NoteResult<NoteVerifier>.Fail("not an Ed25519 verifier key: the key bytes are not an Ed25519 public key");
        }

        var verifier = new NoteVerifier(p.Name, key);
        return verifier.KeyId == p.KeyId
            ? NoteResult<NoteVerifier>.Ok(verifier)
            : NoteResult<NoteVerifier>.Fail($"verifier key for {p.Name}: key id {p.KeyId:x8} does not match the key ({verifier.KeyId:x8})");
    }

    /// <inheritdoc />
    public override string ToString() => VerifierKey;
}
