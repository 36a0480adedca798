using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json;
using Bulwark.Scanners.Integrity.Policy;
using Bulwark.Scanners.Integrity.Recording;
using Bulwark.Sdk;
using KeyBlobFormat = NSec.Cryptography.KeyBlobFormat;
using PublicKey = NSec.Cryptography.PublicKey;
using SignatureAlgorithm = NSec.Cryptography.SignatureAlgorithm;

namespace Bulwark.Scanners.Integrity.Database;

/// <summary>
/// An opened baseline whose signature has been checked against a trusted key before anything else is read. Its
/// entries stream from disk in path order, re-hashed as they are read, so a file changed after the check is noticed too.
/// </summary>
internal sealed class BaselineFile : IDisposable
{
    private readonly FileStream _file;
    private readonly long _bodyLength;
    private readonly byte[] _digest;

    private BaselineFile(string path, FileStream file, long bodyLength, byte[] digest, long count, BaselineHeader header, long headerEnd, byte[] signerKey)
    {
        Path = path;
        SignerKey = signerKey;
        _file = file;
        _bodyLength = bodyLength;
        _digest = digest;
        Count = count;
        Header = header;
        HeaderEnd = headerEnd;
    }

    public string Path { get; }

    public BaselineHeader Header { get; }

    /// <summary>The raw Ed25519 public key that signed it (the trusted key it was checked against).</summary>
    public byte[] SignerKey { get; }

    public long Count { get; }

    /// <summary>The SHA-256 the signature covers, in hex: names this exact baseline (in the ledger, for one).</summary>
    public string Digest => Convert.ToHexStringLower(_digest);

    private long HeaderEnd { get; }

    /// <summary>
    /// Opens and verifies the baseline at <paramref name="path"/> against <paramref name="publicKey"/>: a file that is
    /// unsigned, truncated, altered or signed by another key is refused with what is wrong.
    /// </summary>
    public static (BaselineFile? Baseline, string? Problem) Open(string path, byte[] publicKey)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot open the baseline {path}: {e.Message}");
        }

        var problem = Verify(file, publicKey, out var digest, out var count, out var header, out var headerEnd);
        if (problem is not null)
        {
            file.Dispose();
            return (null, $"the baseline {path} {problem}; nothing was compared");
        }

        return (new BaselineFile(path, file, file.Length - BaselineFormat.TrailerSize, digest!, count, header!, headerEnd, publicKey), null);
    }

    /// <summary>
    /// Opens <paramref name="target"/>'s baseline against its trusted key (<c>--key</c>, else the public key beside it), or
    /// says why not: no baseline yet, no key, or a baseline that fails its signature.
    /// </summary>
    public static (BaselineFile? Baseline, string? Failure) OpenTrusted(FimTarget target)
    {
        if (!File.Exists(target.Database))
        {
            return (null, $"no baseline at {target.Database}: record one with bulwark fim init");
        }

        var (key, source, problem) = BaselineKeys.ForVerifying(target.KeyFile, target.Database);
        return key is null ? (null, $"{source}: {problem}") : Open(target.Database, key);
    }

    /// <summary>The policy the baseline was recorded under (stored in its signed header).</summary>
    public Created<FimPolicy> Policy()
    {
        var policy = PolicyLoader.Parse(Header.PolicyName, Header.Policy);
        return policy.Succeeded
            ? policy
            : Created<FimPolicy>.Failed(Path, "the baseline's policy cannot be read: " + string.Join("; ", policy.Problems));
    }

    /// <summary>The entries, in path order, each with its facts.</summary>
    public IEnumerable<Entry> Entries()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var stream = new HashingReader(_file, _bodyLength + 9, hash);
        stream.Skip(HeaderEnd);
        var decoder = new EntryDecoder();
        Entry? pending = null;
        long count = 0;
        while (stream.Position < _bodyLength)
        {
            var (kind, entry, facts) = ReadRecord(stream, decoder);
            if (kind == BaselineFormat.FactsRecord && pending is not null)
            {
                pending = pending with { Facts = facts };
                continue;
            }

            if (kind != BaselineFormat.EntryRecord)
            {
                throw new BaselineDamagedException($"the baseline {Path} has an unknown record type 0x{kind:x2}");
            }

            if (pending is not null)
            {
                yield return pending;
            }

            pending = entry;
            count++;
        }

        // The trailer's kind byte and count are covered by the digest too.
        stream.Skip(9);
        if (!hash.GetHashAndReset().AsSpan().SequenceEqual(_digest) || count != Count)
        {
            throw new BaselineDamagedException($"the baseline {Path} changed while it was being read");
        }

        if (pending is not null)
        {
            yield return pending;
        }
    }

    public void Dispose() => _file.Dispose();

    private static (byte Kind, Entry? Entry, Facts? Facts) ReadRecord(HashingReader stream, EntryDecoder decoder)
    {
        var kind = stream.ReadByte();
        var payload = stream.ReadRecord();
        return kind switch
        {
            BaselineFormat.EntryRecord => (kind, decoder.Decode(payload), null),
            BaselineFormat.FactsRecord => (kind, null, EntryDecoder.DecodeFacts(payload)),
            _ => (kind, null, null),
        };
    }

    private static string? Verify(FileStream file, byte[] publicKey, out byte[]? digest, out long count, out BaselineHeader? header, out long headerEnd)
    {
        digest = null;
        count = 0;
        header = null;
        headerEnd = 0;
        var length = file.Length;
        var magic = BaselineFormat.Magic;
        if (length < magic.Length + 4 + BaselineFormat.TrailerSize)
        {
            return length == 0 ? "is empty" : "is truncated (too short to hold a signature)";
        }

        var start = new byte[magic.Length + 4];
        file.ReadExactly(start);
        if (!start.AsSpan(0, magic.Length).SequenceEqual(magic))
        {
            return "is not a Bulwark baseline (wrong magic bytes)";
        }

        var trailer = new byte[BaselineFormat.TrailerSize];
        file.Position = length - trailer.Length;
        file.ReadExactly(trailer);
        if (trailer[0] != BaselineFormat.TrailerRecord)
        {
            return "has no signature at its end: it is truncated, unsigned, or was appended to";
        }

        var signedDigest = trailer.AsSpan(9, 32);
        var signer = trailer.AsSpan(41, 32);
        var signature = trailer.AsSpan(73, 64);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        file.Position = 0;
        var buffer = new byte[1 << 16];
        var remaining = length - trailer.Length + 9;
        while (remaining > 0)
        {
            var read = file.Read(buffer, 0, (int)Math.Min(buffer.Length, remaining));
            if (read == 0)
            {
                return "is truncated";
            }

            hash.AppendData(buffer, 0, read);
            remaining -= read;
        }

        var actual = hash.GetHashAndReset();
        if (!actual.AsSpan().SequenceEqual(signedDigest))
        {
            return "was modified after it was signed (its content does not match the signed digest)";
        }

        if (!signer.SequenceEqual(publicKey))
        {
            return $"is signed by another key ({BaselineKeys.Fingerprint(signer)}) than the trusted one ({BaselineKeys.Fingerprint(publicKey)})";
        }

        var key = PublicKey.Import(SignatureAlgorithm.Ed25519, publicKey, KeyBlobFormat.RawPublicKey);
        var message = new byte[BaselineFormat.SignatureContext.Length + actual.Length];
        BaselineFormat.SignatureContext.CopyTo(message);
        actual.CopyTo(message, BaselineFormat.SignatureContext.Length);
        if (!SignatureAlgorithm.Ed25519.Verify(key, message, signature))
        {
            return "has an invalid signature";
        }

        var headerLength = BinaryPrimitives.ReadUInt32LittleEndian(start.AsSpan(magic.Length));
        headerEnd = magic.Length + 4 + headerLength;
        if (headerEnd > length - trailer.Length)
        {
            return "has a header longer than the file";
        }

        var json = new byte[headerLength];
        file.Position = magic.Length + 4;
        file.ReadExactly(json);
        try
        {
            header = JsonSerializer.Deserialize<BaselineHeader>(json, BaselineJson.Options);
        }
        catch (JsonException e)
        {
            return "has an unreadable header: " + e.Message;
        }

        digest = actual;
        count = (long)BinaryPrimitives.ReadUInt64LittleEndian(trailer.AsSpan(1, 8));
        return header is null ? "has an empty header" : null;
    }
}
