using System.Text.Json;
using Bulwark.Ledger.Merkle;

namespace Bulwark.Ledger.Tests.Merkle;

/// <summary>The RFC 6962 / 9162 test vectors in ../shared/merkle: roots, proofs built, and every probe verified.</summary>
public class VectorTests
{
    private static JsonElement Vectors => JsonDocument.Parse(File.ReadAllText(SharedData.Find("merkle/vectors.json")!)).RootElement;

    private static Hash H(JsonElement hex) => Hash.FromHex(hex.GetString()!);

    private static List<Hash> Hashes(JsonElement array) => [.. array.EnumerateArray().Select(H)];

    private static InMemoryTree Tree() =>
        InMemoryTree.FromInputs(Vectors.GetProperty("leaf_inputs_hex").EnumerateArray().Select(e => Convert.FromHexString(e.GetString()!)));

    public static TheoryData<string> InclusionProbes() => [.. Probes("inclusion_probes")];

    public static TheoryData<string> ConsistencyProbes() => [.. Probes("consistency_probes")];

    private static IEnumerable<string> Probes(string key) =>
        SharedData.Find("merkle/vectors.json") is null ? ["(vectors absent)"] : Vectors.GetProperty(key).EnumerateArray().Select(p => p.GetProperty("name").GetString()!);

    // Some probes carry hashes of the wrong length; a proof parser refuses those before any verification runs.
    private static bool Malformed(JsonElement probe, params string[] singles) =>
        singles.Any(key => probe.GetProperty(key).GetString()!.Length != 2 * Hash.Size)
        || probe.GetProperty("proof_hex").EnumerateArray().Any(h => h.GetString()!.Length != 2 * Hash.Size);

    [MerkleVectorsFact]
    public void The_roots_of_every_size_match_the_vectors()
    {
        var tree = Tree();
        var roots = Vectors.GetProperty("root_hashes_hex").EnumerateObject().ToList();
        Assert.Equal(9, roots.Count);
        foreach (var root in roots)
        {
            Assert.Equal(H(root.Value), Subtrees.Root(tree.Perfect, long.Parse(root.Name, System.Globalization.CultureInfo.InvariantCulture)));
        }

        var levels = Vectors.GetProperty("node_hashes_hex").EnumerateObject().ToList();
        foreach (var level in levels)
        {
            var number = int.Parse(level.Name["level".Length..], System.Globalization.CultureInfo.InvariantCulture);
            var nodes = Hashes(level.Value);
            for (var index = 0; index < nodes.Count; index++)
            {
                Assert.Equal(nodes[index], tree.Perfect(number, index));
            }
        }
    }

    [MerkleVectorsFact]
    public void Every_built_proof_equals_the_derived_vector_and_verifies()
    {
        var tree = Tree();
        var derived = Vectors.GetProperty("derived");
        foreach (var p in derived.GetProperty("inclusion_proofs").EnumerateArray())
        {
            long index = p.GetProperty("leaf_index").GetInt64(), size = p.GetProperty("tree_size").GetInt64();
            var built = ProofBuilder.Inclusion(tree.Perfect, index, size);
            Assert.Equal(Hashes(p.GetProperty("proof_hex")), built);
            Assert.Null(ProofVerifier.Inclusion(index, size, tree.Leaves[(int)index], built, tree.Root(size)));
        }

        foreach (var p in derived.GetProperty("consistency_proofs").EnumerateArray())
        {
            long m = p.GetProperty("size1").GetInt64(), n = p.GetProperty("size2").GetInt64();
            var built = ProofBuilder.Consistency(tree.Perfect, m, n);
            Assert.Equal(Hashes(p.GetProperty("proof_hex")), built);
            Assert.Null(ProofVerifier.Consistency(m, n, tree.Root(m), tree.Root(n), built));
        }
    }

    [MerkleVectorsTheory]
    [MemberData(nameof(InclusionProbes))]
    public void Each_inclusion_probe_is_accepted_or_refused_as_the_vectors_say(string name)
    {
        var probe = Vectors.GetProperty("inclusion_probes").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);
        if (Malformed(probe, "leaf_hash_hex", "root_hex") || !probe.GetProperty("leaf_index").TryGetInt64(out _))
        {
            Assert.True(probe.GetProperty("want_error").GetBoolean(), "a hash that is not 32 bytes, or an index past 2^63, is refused before verification");
            return;
        }

        var reason = ProofVerifier.Inclusion(probe.GetProperty("leaf_index").GetInt64(), probe.GetProperty("tree_size").GetInt64(),
            H(probe.GetProperty("leaf_hash_hex")), Hashes(probe.GetProperty("proof_hex")), H(probe.GetProperty("root_hex")));
        Assert.Equal(probe.GetProperty("want_error").GetBoolean(), reason is not null);
    }

    [MerkleVectorsTheory]
    [MemberData(nameof(ConsistencyProbes))]
    public void Each_consistency_probe_is_accepted_or_refused_as_the_vectors_say(string name)
    {
        var probe = Vectors.GetProperty("consistency_probes").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);
        if (Malformed(probe, "root1_hex", "root2_hex"))
        {
            // Only two trees of equal size with byte-identical roots and no proof are consistent whatever the roots hold.
            var trivial = probe.GetProperty("size1").GetInt64() > 0
                && probe.GetProperty("size1").GetInt64() == probe.GetProperty("size2").GetInt64()
                && probe.GetProperty("proof_hex").GetArrayLength() == 0
                && probe.GetProperty("root1_hex").GetString() == probe.GetProperty("root2_hex").GetString();
            Assert.Equal(probe.GetProperty("want_error").GetBoolean(), !trivial);
            return;
        }

        var reason = ProofVerifier.Consistency(probe.GetProperty("size1").GetInt64(), probe.GetProperty("size2").GetInt64(),
            H(probe.GetProperty("root1_hex")), H(probe.GetProperty("root2_hex")), Hashes(probe.GetProperty("proof_hex")));
        Assert.Equal(probe.GetProperty("want_error").GetBoolean(), reason is not null);
    }
}
