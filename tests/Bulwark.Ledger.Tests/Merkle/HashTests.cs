using System.Security.Cryptography;
using Bulwark.Ledger.Merkle;

namespace Bulwark.Ledger.Tests.Merkle;

public class HashTests
{
    [Fact]
    public void Leaf_and_node_hashes_equal_sha256_with_the_rfc_9162_prefixes_for_any_length()
    {
        var random = new Random(5);
        for (var length = 0; length < 600; length += 7)
        {
            var data = new byte[length];
            random.NextBytes(data);
            Assert.Equal(SHA256.HashData([0x00, .. data]), Hash.Leaf(data).Bytes.ToArray());
        }

        var left = Hash.Leaf([1]);
        var right = Hash.Leaf([2]);
        Assert.Equal(SHA256.HashData([0x01, .. left.Bytes.ToArray(), .. right.Bytes.ToArray()]), Hash.Node(left, right).Bytes.ToArray());
    }

    [Fact]
    public void Hashing_from_many_threads_at_once_gives_the_same_results()
    {
        var inputs = Enumerable.Range(0, 2000).Select(i => BitConverter.GetBytes(i * 7919L)).ToArray();
        var expected = inputs.Select(i => SHA256.HashData([0x00, .. i])).ToArray();
        Parallel.For(0, inputs.Length, i => Assert.Equal(expected[i], Hash.Leaf(inputs[i]).Bytes.ToArray()));
    }
}
