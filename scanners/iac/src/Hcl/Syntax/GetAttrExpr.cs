using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>Attribute access, <c>source.name</c>.</summary>
public sealed class GetAttrExpr : Expression
{
    internal GetAttrExpr(Expression source, string name, SourceRange nameRange)
        : base(new(source.Range.StartLine, source.Range.StartColumn, nameRange.EndLine, nameRange.EndColumn))
    {
        Source = source;
        Name = name;
        NameRange = nameRange;
        Depth = DepthOf(source);
    }

    /// <summary>The value whose attribute is read.</summary>
    public Expression Source { get; }

    /// <summary>The attribute name.</summary>
    public string Name { get; }

    /// <summary>Where the name is written.</summary>
    public SourceRange NameRange { get; }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => [Source];
}
