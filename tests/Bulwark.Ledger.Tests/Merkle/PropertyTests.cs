using Bulwark.Ledger.Merkle;

namespace Bulwark.Ledger.Tests.Merkle;

/// <summary>Over many random tree sizes: proofs verify, and flipping any one bit of any input breaks them.</summary>
public class PropertyTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Inclusion_proofs_verify_and_any_flipped_bit_is_caught(int seed)
    {
        var random = new Random(seed);
        var size = random.Next(1, 300);
        var tree = InMemoryTree.Random(size, seed);
        var root = tree.Root(size);
        for (var trial = 0; trial < 20; trial++)
        {
            var index = random.Next(size);
            var proof = ProofBuilder.Inclusion(tree.Perfect, index, size);
            Assert.Null(ProofVerifier.Inclusion(index, size, tree.Leaves[index], proof, root));
            Assert.NotNull(ProofVerifier.Inclusion(index, size, Flip(tree.Leaves[index], random), proof, root));
            Assert.NotNull(ProofVerifier.Inclusion(index, size, tree.Leaves[index], proof, Flip(root, random)));
            if (proof.Count > 0)
            {
                var broken = proof.ToList();
                var at = random.Next(broken.Count);
                broken[at] = Flip(broken[at], random);
                Assert.NotNull(ProofVerifier.Inclusion(index, size, tree.Leaves[index], broken, root));
                Assert.NotNull(ProofVerifier.Inclusion(index, size, tree.Leaves[index], proof.Skip(1).ToList(), root));
            }

        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Consistency_proofs_verify_and_any_flipped_bit_is_caught(int seed)
    {
        var random = new Random(seed + 1000);
        var newSize = random.Next(2, 300);
        var tree = InMemoryTree.Random(newSize, seed);
        for (var trial = 0; trial < 20; trial++)
        {
            var oldSize = random.Next(1, newSize);
            var proof = ProofBuilder.Consistency(tree.Perfect, oldSize, newSize);
            Hash oldRoot = tree.Root(oldSize), newRoot = tree.Root(newSize);
            Assert.Null(ProofVerifier.Consistency(oldSize, newSize, oldRoot, newRoot, proof));
            Assert.NotNull(ProofVerifier.Consistency(oldSize, newSize, Flip(oldRoot, random), newRoot, proof));
            Assert.NotNull(ProofVerifier.Consistency(oldSize, newSize, oldRoot, Flip(newRoot, random), proof));
            var broken = proof.ToList();
            var at = random.Next(broken.Count);
            broken[at] = Flip(broken[at], random);
            Assert.NotNull(ProofVerifier.Consistency(oldSize, newSize, oldRoot, newRoot, broken));
        }
    }

    [Fact]
    public void Stored_node_positions_follow_the_order_an_appender_completes_them()
    {
        var seen = new HashSet<long>();
        long next = 0;
        for (long leaf = 0; leaf < 1000; leaf++)
        {
            Assert.Equal(next++, TreeMath.PostOrderPosition(0, leaf));
            for (var level = 1; ((leaf + 1) & ((1L << level) - 1)) == 0; level++)
            {
                Assert.Equal(next++, TreeMath.PostOrderPosition(level, leaf >> level));
            }

            Assert.Equal(next, TreeMath.StoredNodes(leaf + 1));
            Assert.True(seen.Add(next));
        }
    }

    private static Hash Flip(Hash hash, Random random)
    {
        var bytes = hash.Bytes.ToArray();
        bytes[random.Next(Hash.Size)] ^= (byte)(1 << random.Next(8));
        return new Hash(bytes);
    }
}
