using Bulwark.Ledger.Merkle;

namespace Bulwark.Ledger.Tests.Merkle;

/// <summary>A tree held as a list of leaf hashes, with perfect subtrees computed by the RFC's own recursion.</summary>
internal sealed class InMemoryTree(IReadOnlyList<Hash> leaves)
{
    public IReadOnlyList<Hash> Leaves { get; } = leaves;

    public static InMemoryTree FromInputs(IEnumerable<byte[]> inputs) => new(inputs.Select(i => Hash.Leaf(i)).ToList());

    public static InMemoryTree Random(int size, int seed)
    {
        var random = new Random(seed);
        return FromInputs(Enumerable.Range(0, size).Select(_ =>
        {
            var bytes = new byte[random.Next(0, 40)];
            random.NextBytes(bytes);
            return bytes;
        }));
    }

    public Hash Perfect(int level, long index) => Mth((int)(index << level), (int)((index + 1) << level));

    public Hash Root(long size) => size == 0 ? Hash.Empty : Mth(0, (int)size);

    // MTH of RFC 9162 section 2.1.1, written out directly as the reference the stored-subtree code is checked against.
    private Hash Mth(int start, int end)
    {
        if (end - start == 1)
        {
            return Leaves[start];
        }

        var k = 1;
        while (k * 2 < end - start)
        {
            k *= 2;
        }

        return Hash.Node(Mth(start, start + k), Mth(start + k, end));
    }
}
