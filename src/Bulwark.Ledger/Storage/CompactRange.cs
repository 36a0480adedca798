using Bulwark.Ledger.Merkle;

namespace Bulwark.Ledger.Storage;

/// <summary>
/// The running state of an append-only tree: the roots of its perfect subtrees, largest first (one per set bit
/// of the size). Appending a leaf merges equal-sized subtrees and reports each completed subtree, in the order
/// the tree file stores them; the root is the right-to-left fold of these peaks.
/// </summary>
public sealed class CompactRange
{
    private readonly List<(int Level, Hash Hash)> _peaks = [];

    /// <summary>The number of leaves appended.</summary>
    public long Size { get; private set; }

    /// <summary>Restores the state of a tree of <paramref name="size"/> leaves from its stored perfect subtrees.</summary>
    public static CompactRange Restore(long size, PerfectSubtree perfect)
    {
        var range = new CompactRange { Size = size };
        long start = 0;
        for (var level = 62; level >= 0; level--)
        {
            if ((size & (1L << level)) != 0)
            {
                range._peaks.Add((level, perfect(level, start >> level)));
                start += 1L << level;
            }
        }

        return range;
    }

    /// <summary>Appends a leaf hash; <paramref name="completed"/> receives the leaf and every subtree it completes, bottom up.</summary>
    public void Append(Hash leaf, List<Hash> completed)
    {
        completed.Add(leaf);
        var hash = leaf;
        var level = 0;
        while (_peaks.Count > 0 && _peaks[^1].Level == level)
        {
            hash = Hash.Node(_peaks[^1].Hash, hash);
            _peaks.RemoveAt(_peaks.Count - 1);
            level++;
            completed.Add(hash);
        }

        _peaks.Add((level, hash));
        Size++;
    }

    /// <summary>
    /// Appends a whole perfect subtree of 2^<paramref name="level"/> leaves by its root, as a bulk verifier does
    /// after hashing a block in parallel. The size must be a multiple of the subtree's size.
    /// </summary>
    public void AppendSubtree(int level, Hash hash)
    {
        if ((Size & ((1L << level) - 1)) != 0)
        {
            throw new InvalidOperationException($"a subtree of level {level} cannot follow {Size} leaves");
        }

        Size += 1L << level;
        while (_peaks.Count > 0 && _peaks[^1].Level == level)
        {
            hash = Hash.Node(_peaks[^1].Hash, hash);
            _peaks.RemoveAt(_peaks.Count - 1);
            level++;
        }

        _peaks.Add((level, hash));
    }

    /// <summary>The root hash of the tree so far.</summary>
    public Hash Root()
    {
        if (_peaks.Count == 0)
        {
            return Hash.Empty;
        }

        var root = _peaks[^1].Hash;
        for (var i = _peaks.Count - 2; i >= 0; i--)
        {
            root = Hash.Node(_peaks[i].Hash, root);
        }

        return root;
    }
}
