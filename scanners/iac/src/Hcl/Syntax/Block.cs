using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>A block: a type, zero or more labels and a body, such as <c>resource "aws_s3_bucket" "b" { … }</c>.</summary>
public sealed class Block : BodyItem
{
    internal Block(string type, SourceRange typeRange, IReadOnlyList<BlockLabel> labels, Body body, SourceRange range)
        : base(range)
    {
        Type = type;
        TypeRange = typeRange;
        Labels = labels;
        Body = body;
        Depth = DepthOf(body);
    }

    /// <summary>The block type (<c>resource</c>, <c>dynamic</c>, <c>ingress</c>, …).</summary>
    public string Type { get; }

    /// <summary>Where the type is written.</summary>
    public SourceRange TypeRange { get; }

    /// <summary>The labels, in order.</summary>
    public IReadOnlyList<BlockLabel> Labels { get; }

    /// <summary>The body between the braces; its range includes the braces.</summary>
    public Body Body { get; }

    /// <summary>The label at <paramref name="index"/>, or null if the block has fewer labels.</summary>
    public string? Label(int index) => index < Labels.Count ? Labels[index].Value : null;

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => [Body];
}
