using System.Security.Cryptography;

namespace Bulwark.Ledger.Merkle;

/// <summary>
/// A SHA-256 tree hash. The RFC 9162 hashing rules live here: a leaf is hashed with a 0x00 prefix, an interior
/// node with 0x01, so a leaf can never be passed off as a node or the other way round.
/// </summary>
public readonly record struct Hash
{
    /// <summary>The size of a hash in bytes.</summary>
    public const int Size = 32;

    private readonly byte[] _bytes;

    /// <summary>Wraps 32 bytes.</summary>
    public Hash(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"a hash is {Size} bytes, not {bytes.Length}", nameof(bytes));
        }

        _bytes = bytes.ToArray();
    }

    /// <summary>The bytes.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>The root of the empty tree: SHA-256 of nothing.</summary>
    public static Hash Empty { get; } = new(SHA256.HashData([]));

    /// <summary>The hash of a leaf: SHA-256(0x00 || data).</summary>
    public static Hash Leaf(ReadOnlySpan<byte> data)
    {
        Span<byte> result = stackalloc byte[Size];
        Sha256.Hash(0x00, data, result);
        return new Hash(result);
    }

    /// <summary>The hash of an interior node: SHA-256(0x01 || left || right).</summary>
    public static Hash Node(Hash left, Hash right)
    {
        Span<byte> result = stackalloc byte[Size];
        Sha256.Hash(0x01, left.Bytes, right.Bytes, result);
        return new Hash(result);
    }

    /// <summary>Lower-case hexadecimal.</summary>
    public string ToHex() => Convert.ToHexStringLower(_bytes);

    /// <summary>Standard base64, as checkpoints write root hashes.</summary>
    public string ToBase64() => Convert.ToBase64String(_bytes);

    /// <summary>Reads lower- or upper-case hexadecimal.</summary>
    public static Hash FromHex(string hex) => new(Convert.FromHexString(hex));

    /// <inheritdoc />
    public bool Equals(Hash other) => Bytes.SequenceEqual(other.Bytes);

    /// <inheritdoc />
    public override int GetHashCode() => BitConverter.ToInt32(_bytes, 0);

    /// <inheritdoc />
    public override string ToString() => ToHex();
}
