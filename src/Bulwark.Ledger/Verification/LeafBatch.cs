using Bulwark.Ledger.Merkle;

namespace Bulwark.Ledger.Verification;

/// <summary>
/// Entries read but not yet hashed: payloads packed in one buffer. Hashing a batch uses every core: leaf
/// hashes first, then whole aligned blocks of <see cref="BlockLevel"/> levels are folded to their subtree roots
/// in parallel, so the sequential part of verification is one node per block rather than one per entry.
/// </summary>
internal sealed class LeafBatch
{
    /// <summary>Blocks of 2^12 leaves are folded in parallel.</summary>
    public const int BlockLevel = 12;

    private const int BlockSize = 1 << BlockLevel;
    private byte[] _payloads = new byte[16 << 20];
    private int _used;

    public List<(int Start, int Length, long Offset)> Records { get; } = [];

    public bool Full => Records.Count >= 16 * BlockSize || _used > _payloads.Length - (1 << 20);

    public void Add(ReadOnlySpan<byte> payload, long offset)
    {
        if (_used + payload.Length > _payloads.Length)
        {
            Array.Resize(ref _payloads, Math.Max(_payloads.Length * 2, _used + payload.Length));
        }

        payload.CopyTo(_payloads.AsSpan(_used));
        Records.Add((_used, payload.Length, offset));
        _used += payload.Length;
    }

    public void Clear()
    {
        Records.Clear();
        _used = 0;
    }

    /// <summary>The leaf hashes of every record, computed in parallel, 32 bytes each.</summary>
    public byte[] LeafHashes()
    {
        var hashes = new byte[Records.Count * Hash.Size];
        Parallel.For(0, Environment.ProcessorCount, worker =>
        {
            for (var i = worker; i < Records.Count; i += Environment.ProcessorCount)
            {
                var (start, length, _) = Records[i];
                Sha256.Hash(0x00, _payloads.AsSpan(start, length), hashes.AsSpan(i * Hash.Size, Hash.Size));
            }
        });
        return hashes;
    }

    /// <summary>The roots of the complete blocks of leaves (in order), folded in parallel.</summary>
    public static byte[] BlockRoots(byte[] leaves, int blocks)
    {
        var roots = new byte[blocks * Hash.Size];
        Parallel.For(0, blocks, block =>
        {
            var level = leaves.AsSpan(block * BlockSize * Hash.Size, BlockSize * Hash.Size).ToArray();
            Span<byte> node = stackalloc byte[Hash.Size];
            for (var width = BlockSize; width > 1; width /= 2)
            {
                for (var i = 0; i < width / 2; i++)
                {
                    Sha256.Hash(0x01, level.AsSpan(2 * i * Hash.Size, 2 * Hash.Size), [], node);
                    node.CopyTo(level.AsSpan(i * Hash.Size, Hash.Size));
                }
            }

            level.AsSpan(0, Hash.Size).CopyTo(roots.AsSpan(block * Hash.Size));
        });
        return roots;
    }
}
