namespace Bulwark.Ledger.Merkle;

/// <summary>
/// Checks RFC 9162 inclusion and consistency proofs (sections 2.1.3.2 and 2.1.4.2) with nothing but the
/// hashes: what anyone holding a signed checkpoint can run to trust an entry or a newer checkpoint.
/// Each check returns null when the proof holds, else the reason it does not.
/// </summary>
public static class ProofVerifier
{
    /// <summary>Whether <paramref name="leaf"/> is entry <paramref name="index"/> of the tree of <paramref name="size"/> with <paramref name="root"/>.</summary>
    public static string? Inclusion(long index, long size, Hash leaf, IReadOnlyList<Hash> path, Hash root)
    {
        if (index < 0 || index >= size)
        {
            return $"entry {index} cannot be in a tree of {size} entries";
        }

        long fn = index, sn = size - 1;
        var r = leaf;
        foreach (var p in path)
        {
            if (sn == 0)
            {
                return "the proof has more hashes than the tree has levels";
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                r = Hash.Node(p, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                r = Hash.Node(r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        if (sn != 0)
        {
            return "the proof has fewer hashes than the tree has levels";
        }

        return r == root ? null : "the proof leads to a different root hash";
    }

    /// <summary>Whether the tree of <paramref name="newSize"/> with <paramref name="newRoot"/> extends the one of <paramref name="oldSize"/> with <paramref name="oldRoot"/>.</summary>
    public static string? Consistency(long oldSize, long newSize, Hash oldRoot, Hash newRoot, IReadOnlyList<Hash> proof)
    {
        if (oldSize <= 0)
        {
            return "a consistency proof needs an older tree with at least one entry";
        }

        if (oldSize > newSize)
        {
            return $"the newer tree ({newSize} entries) is smaller than the older one ({oldSize})";
        }

        if (oldSize == newSize)
        {
            return proof.Count != 0 ? "trees of the same size need an empty proof"
                : oldRoot == newRoot ? null : "two trees of the same size have different roots";
        }

        if (proof.Count == 0)
        {
            return "the proof is empty";
        }

        var path = TreeMath.IsPowerOfTwo(oldSize) ? [oldRoot, .. proof] : proof.ToList();
        long fn = oldSize - 1, sn = newSize - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        Hash fr = path[0], sr = path[0];
        foreach (var c in path.Skip(1))
        {
            if (sn == 0)
            {
                return "the proof has more hashes than the trees need";
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                fr = Hash.Node(c, fr);
                sr = Hash.Node(c, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                sr = Hash.Node(sr, c);
            }

            fn >>= 1;
            sn >>= 1;
        }

        if (sn != 0)
        {
            return "the proof has fewer hashes than the trees need";
        }

        return fr != oldRoot ? "the proof does not lead to the older root hash"
            : sr != newRoot ? "the proof does not lead to the newer root hash"
            : null;
    }
}
