namespace Bulwark.Ledger.Merkle;

/// <summary>
/// Builds RFC 9162 inclusion and consistency proofs (sections 2.1.3.1 and 2.1.4.1) from stored perfect
/// subtrees: each proof is a few dozen hash look-ups, never a rebuild of the tree.
/// </summary>
public static class ProofBuilder
{
    /// <summary>The audit path of leaf <paramref name="index"/> in the tree of the first <paramref name="size"/> leaves.</summary>
    public static IReadOnlyList<Hash> Inclusion(PerfectSubtree perfect, long index, long size)
    {
        if (index < 0 || index >= size)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"leaf {index} is not in a tree of {size}");
        }

        var path = new List<Hash>();
        Path(perfect, index, 0, size, path);
        return path;
    }

    /// <summary>The consistency proof between the trees of the first <paramref name="oldSize"/> and <paramref name="newSize"/> leaves.</summary>
    public static IReadOnlyList<Hash> Consistency(PerfectSubtree perfect, long oldSize, long newSize)
    {
        if (oldSize <= 0 || oldSize > newSize)
        {
            throw new ArgumentOutOfRangeException(nameof(oldSize), $"no consistency proof from {oldSize} to {newSize}");
        }

        var proof = new List<Hash>();
        if (oldSize < newSize)
        {
            SubProof(perfect, oldSize, 0, newSize, true, proof);
        }

        return proof;
    }

    // PATH(m, D[start:end]): recurse into the half holding m, then add the other half's hash.
    private static void Path(PerfectSubtree perfect, long m, long start, long end, List<Hash> path)
    {
        var n = end - start;
        if (n <= 1)
        {
            return;
        }

        var k = TreeMath.SplitPoint(n);
        if (m < k)
        {
            Path(perfect, m, start, start + k, path);
            path.Add(Subtrees.Of(perfect, start + k, end));
        }
        else
        {
            Path(perfect, m - k, start + k, end, path);
            path.Add(Subtrees.Of(perfect, start, start + k));
        }
    }

    // SUBPROOF(m, D[start:end], b) of RFC 9162 section 2.1.4.1.
    private static void SubProof(PerfectSubtree perfect, long m, long start, long end, bool whole, List<Hash> proof)
    {
        var n = end - start;
        if (m == n)
        {
            if (!whole)
            {
                proof.Add(Subtrees.Of(perfect, start, end));
            }

            return;
        }

        var k = TreeMath.SplitPoint(n);
        if (m <= k)
        {
            SubProof(perfect, m, start, start + k, whole, proof);
            proof.Add(Subtrees.Of(perfect, start + k, end));
        }
        else
        {
            SubProof(perfect, m - k, start + k, end, false, proof);
            proof.Add(Subtrees.Of(perfect, start, start + k));
        }
    }
}
