using System.Text;
using Bulwark.Ledger.Merkle;

namespace Bulwark.Ledger.Tests.Notes;

/// <summary>An in-memory RFC 9162 tree over the leaves "entry 0", "entry 1", … (or another label, to make a fork) for witness tests.</summary>
internal sealed class TestTree(int size, string label = "entry")
{
    private readonly Hash[] _leaves = [.. Enumerable.Range(0, size).Select(i => Hash.Leaf(Encoding.UTF8.GetBytes($"{label} {i}")))];

    public Hash Root(long treeSize) => Subtrees.Root(Perfect, treeSize);

    public IReadOnlyList<Hash> Proof(long oldSize, long newSize) => ProofBuilder.Consistency(Perfect, oldSize, newSize);

    private Hash Perfect(int level, long index) =>
        level == 0 ? _leaves[index] : Hash.Node(Perfect(level - 1, 2 * index), Perfect(level - 1, (2 * index) + 1));
}
