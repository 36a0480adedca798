using System.Security.Cryptography;
using Bulwark.Sdk;
using NSec.Cryptography;

namespace Bulwark.Scanners.Integrity.Database;

/// <summary>
/// The Ed25519 keys that sign baselines, as PEM files (PKCS#8 private, SubjectPublicKeyInfo public; <c>openssl pkey</c>
/// reads both). Without <c>--key</c>, a pair lives beside the baseline: <c>DB.key</c> (owner-only) and <c>DB.pub</c>.
/// </summary>
internal static class BaselineKeys
{
    private static KeyCreationParameters Exportable => new() { ExportPolicy = KeyExportPolicies.AllowPlaintextExport };

    public static string PrivatePathBeside(string database) => database + ".key";

    public static string PublicPathBeside(string database) => database + ".pub";

    /// <summary>
    /// The signing key: <paramref name="keyFile"/>, else the one beside the baseline. A pair is created beside it only for a
    /// first baseline where neither half exists; an update must sign with the key the current baseline was signed with
    /// (<paramref name="current"/>), so the trusted public key is never replaced behind the user's back.
    /// </summary>
    public static Created<Key> ForSigning(string? keyFile, string database, byte[]? current, out bool created)
    {
        created = false;
        var path = keyFile ?? PrivatePathBeside(database);
        if (keyFile is null && !File.Exists(path))
        {
            if (current is not null || File.Exists(PublicPathBeside(database)))
            {
                return Created<Key>.Failed(path, $"the private key is not here, but {PublicPathBeside(database)} is: give the baseline's private key with --key (a new key pair would replace the trusted public key)");
            }

            var key = Key.Create(SignatureAlgorithm.Ed25519, Exportable);
            WritePrivate(path, key);
            using (var pub = new FileStream(PublicPathBeside(database), FileMode.CreateNew, FileAccess.Write))
            {
                pub.Write(key.PublicKey.Export(KeyBlobFormat.PkixPublicKeyText));
            }

            created = true;
            return Created<Key>.Ok(key);
        }

        var text = Read(path, out var problem);
        if (text is null)
        {
            return Created<Key>.Failed(path, problem!);
        }

        if (!Key.TryImport(SignatureAlgorithm.Ed25519, text, KeyBlobFormat.PkixPrivateKeyText, out var imported, Exportable) || imported is null)
        {
            return Created<Key>.Failed(path, "not an Ed25519 private key in PEM form (-----BEGIN PRIVATE KEY-----)");
        }

        var publicKey = imported.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        if (current is not null && !publicKey.AsSpan().SequenceEqual(current))
        {
            imported.Dispose();
            return Created<Key>.Failed(path, $"this key ({Fingerprint(publicKey)}) did not sign the current baseline ({Fingerprint(current)}): an update is signed with the same key");
        }

        return Created<Key>.Ok(imported);
    }

    /// <summary>
    /// The key a baseline must be signed with: <paramref name="keyFile"/> (public or private PEM), else <c>DB.pub</c> beside
    /// the baseline, else the private key beside it.
    /// </summary>
    public static (byte[]? PublicKey, string Source, string? Problem) ForVerifying(string? keyFile, string database)
    {
        var candidates = keyFile is not null ? [keyFile] : new[] { PublicPathBeside(database), PrivatePathBeside(database) };
        var path = candidates.FirstOrDefault(File.Exists);
        if (path is null)
        {
            return (null, candidates[0], $"no key to check the baseline's signature with: {string.Join(" or ", candidates)} not found (give the public key with --key)");
        }

        var text = Read(path, out var problem);
        if (text is null)
        {
            return (null, path, problem);
        }

        if (PublicKey.TryImport(SignatureAlgorithm.Ed25519, text, KeyBlobFormat.PkixPublicKeyText, out var publicKey) && publicKey is not null)
        {
            return (publicKey.Export(KeyBlobFormat.RawPublicKey), path, null);
        }

        if (Key.TryImport(SignatureAlgorithm.Ed25519, text, KeyBlobFormat.PkixPrivateKeyText, out var key, Exportable) && key is not null)
        {
            using (key)
            {
                return (key.PublicKey.Export(KeyBlobFormat.RawPublicKey), path, null);
            }
        }

        return (null, path, "not an Ed25519 key in PEM form");
    }

    /// <summary>A short, printable name for a public key: <c>SHA256:</c> and the first 16 hex digits of its hash.</summary>
    public static string Fingerprint(ReadOnlySpan<byte> publicKey) => "SHA256:" + Convert.ToHexStringLower(SHA256.HashData(publicKey))[..16];

    private static void WritePrivate(string path, Key key)
    {
        // Created owner-only from the start, so the private key is never readable by others, even for a moment.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        stream.Write(key.Export(KeyBlobFormat.PkixPrivateKeyText));
    }

    private static byte[]? Read(string path, out string? problem)
    {
        try
        {
            problem = null;
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = "cannot read the key: " + e.Message;
            return null;
        }
    }
}
