using System.Numerics;

namespace Bulwark.Ledger.Merkle;

/// <summary>Index arithmetic of RFC 9162 trees, shared by the proof builder, the verifier and the storage.</summary>
public static class TreeMath
{
    /// <summary>The largest power of two strictly less than <paramref name="n"/> (n ≥ 2): where RFC 9162 splits a tree of n leaves.</summary>
    public static long SplitPoint(long n) => 1L << (63 - BitOperations.LeadingZeroCount((ulong)(n - 1)));

    /// <summary>Whether <paramref name="n"/> is a power of two (a perfect subtree's size).</summary>
    public static bool IsPowerOfTwo(long n) => n > 0 && (n & (n - 1)) == 0;

    /// <summary>The level of a perfect subtree of <paramref name="size"/> leaves (log2 of the size).</summary>
    public static int Level(long size) => BitOperations.Log2((ulong)size);

    /// <summary>
    /// The position, in a post-order list of every perfect subtree, of the subtree at <paramref name="level"/>
    /// with <paramref name="index"/>: the order in which an append-only writer completes them (the layout of
    /// the tree file). The subtree's last leaf r sits at 2r − popcount(r); the subtrees it completes follow it.
    /// </summary>
    public static long PostOrderPosition(int level, long index)
    {
        var lastLeaf = ((index + 1) << level) - 1;
        return (2 * lastLeaf) - BitOperations.PopCount((ulong)lastLeaf) + level;
    }

    /// <summary>How many perfect-subtree hashes a tree of <paramref name="size"/> leaves has stored (its post-order length).</summary>
    public static long StoredNodes(long size) => size == 0 ? 0 : PostOrderPosition(0, size - 1) + 1 + BitOperations.TrailingZeroCount((ulong)size);
}
