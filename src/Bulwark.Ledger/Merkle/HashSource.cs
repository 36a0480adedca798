namespace Bulwark.Ledger.Merkle;

/// <summary>Gives the hash of a perfect subtree: at <c>level</c>, covering leaves [index·2^level, (index+1)·2^level).</summary>
public delegate Hash PerfectSubtree(int level, long index);

/// <summary>
/// Computes the hash of any subtree that RFC 9162's recursion visits — [start, end) with start aligned to a
/// power of two — from stored perfect subtrees, folding the right edge where the range is not perfect.
/// </summary>
public static class Subtrees
{
    /// <summary>The hash of leaves [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static Hash Of(PerfectSubtree perfect, long start, long end)
    {
        var size = end - start;
        if (size <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(end), "a subtree needs at least one leaf");
        }

        if (TreeMath.IsPowerOfTwo(size) && start % size == 0)
        {
            var level = TreeMath.Level(size);
            return perfect(level, start >> level);
        }

        var split = TreeMath.SplitPoint(size);
        return Hash.Node(Of(perfect, start, start + split), Of(perfect, start + split, end));
    }

    /// <summary>The root of a tree of <paramref name="size"/> leaves; the empty tree's root for size 0.</summary>
    public static Hash Root(PerfectSubtree perfect, long size) => size == 0 ? Hash.Empty : Of(perfect, 0, size);
}
