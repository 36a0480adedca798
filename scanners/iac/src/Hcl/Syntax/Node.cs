using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>A node of the HCL syntax tree: something written at a place in the file.</summary>
public abstract class Node
{
    private protected Node(SourceRange range) => Range = range;

    /// <summary>Where the node is written, from its first character to just after its last.</summary>
    public SourceRange Range { get; }

    /// <summary>The nodes directly inside this one, in source order.</summary>
    public abstract IEnumerable<Node> Children();

    /// <summary>The height of the subtree (1 for a leaf); the parser caps it so recursive consumers stay safe.</summary>
    internal int Depth { get; private protected set; } = 1;

    private protected static int DepthOf(Node a) => a.Depth + 1;

    private protected static int DepthOf(Node a, Node b) => Math.Max(a.Depth, b.Depth) + 1;

    private protected static int DepthOf(Node a, Node b, Node c) => Math.Max(a.Depth, Math.Max(b.Depth, c.Depth)) + 1;

    private protected static int DepthOf<T>(IReadOnlyList<T> nodes, int atLeast = 0)
        where T : Node
    {
        var depth = atLeast;
        foreach (var node in nodes)
        {
            depth = Math.Max(depth, node.Depth);
        }

        return depth + 1;
    }
}
