using System.Security.Cryptography;
using NSec.Cryptography;

namespace Bulwark.Ledger.Notes;

/// <summary>
/// An Ed25519 private key with its name: signs notes (type 0x01) for a log, and cosignatures (type 0x04) for a
/// witness. Holds the key in libsodium's guarded memory until disposed.
/// </summary>
public sealed class NoteSigner : IDisposable
{
    private const string PrivatePrefix = "PRIVATE+KEY+";
    private readonly Key _key;

    private NoteSigner(string name, Key key)
    {
        Name = name;
        _key = key;
        Verifier = new NoteVerifier(name, key.PublicKey);
    }

    /// <summary>The key's name.</summary>
    public string Name { get; }

    /// <summary>The key id of its note signatures.</summary>
    public uint KeyId => Verifier.KeyId;

    /// <summary>The matching verifier, whose <see cref="NoteVerifier.VerifierKey"/> is the text to publish.</summary>
    public NoteVerifier Verifier { get; }

    /// <summary>The private key text <c>PRIVATE+KEY+name+keyid+base64(0x01 || seed)</c>; a secret.</summary>
    internal string PrivateKeyText()
    {
        var seed = _key.Export(KeyBlobFormat.RawPrivateKey);
        try
        {
            return PrivatePrefix + KeyText.Format(Name, KeyId, KeyText.Ed25519, seed);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    /// <summary>An Ed25519 signature over <paramref name="message"/>.</summary>
    internal byte[] SignBytes(ReadOnlySpan<byte> message) => SignatureAlgorithm.Ed25519.Sign(_key, message);

    /// <summary>A fresh random key; the caller has checked the name.</summary>
    internal static NoteSigner Create(string name) =>
        new(name, Key.Create(SignatureAlgorithm.Ed25519, Exportable));

    /// <summary>Reads private key text as written by <see cref="PrivateKeyText"/> or by Go's <c>note.GenerateKey</c>.</summary>
    public static NoteResult<NoteSigner> Parse(string privateKey)
    {
        if (!privateKey.StartsWith(PrivatePrefix, StringComparison.Ordinal))
        {
            return NoteResult<NoteSigner>.Fail("not a Bulwark/note private key (it should start with PRIVATE+KEY+)");
        }

        var parts = KeyText.Parse(privateKey[PrivatePrefix.Length..], KeyText.Ed25519, out var reason);
        if (parts is not { } p)
        {
            return NoteResult<NoteSigner>.Fail($"not a Bulwark/note private key: {reason}");
        }

        try
        {
            if (!Key.TryImport(SignatureAlgorithm.Ed25519, p.Key, KeyBlobFormat.RawPrivateKey, out var key, Exportable) || key is null)
            {
                return NoteResult<NoteSigner>.Fail("not a Bulwark/note private key: the key bytes are not an Ed25519 seed");
            }

            var signer = new NoteSigner(p.Name, key);
            if (signer.KeyId == p.KeyId)
            {
                return NoteResult<NoteSigner>.Ok(signer);
            }

            signer.Dispose();
            return NoteResult<NoteSigner>.Fail($"private key for {p.Name}: key id {p.KeyId:x8} does not match the key ({signer.KeyId:x8})");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(p.Key);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();

    /// <inheritdoc />
    public override string ToString() => $"{Name} (key {KeyId:x8})";

    // Export is needed once, to write the key file; the seed never leaves this type otherwise.
    private static KeyCreationParameters Exportable => new() { ExportPolicy = KeyExportPolicies.AllowPlaintextExport };
}
