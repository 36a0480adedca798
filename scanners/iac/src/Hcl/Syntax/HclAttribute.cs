using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>
/// An attribute definition, <c>name = expression</c> (Terraform calls it an argument). Named with a prefix
/// because <see cref="System.Attribute"/> is in scope in every file.
/// </summary>
public sealed class HclAttribute : BodyItem
{
    internal HclAttribute(string name, SourceRange nameRange, Expression expression)
        : base(new(nameRange.StartLine, nameRange.StartColumn, expression.Range.EndLine, expression.Range.EndColumn))
    {
        Name = name;
        NameRange = nameRange;
        Expression = expression;
        Depth = DepthOf(expression);
    }

    /// <summary>The attribute name.</summary>
    public string Name { get; }

    /// <summary>Where the name is written.</summary>
    public SourceRange NameRange { get; }

    /// <summary>The value expression, kept unevaluated.</summary>
    public Expression Expression { get; }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => [Expression];
}
