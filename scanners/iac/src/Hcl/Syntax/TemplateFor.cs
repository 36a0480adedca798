using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>
/// A <c>%{ for k, v in coll }…%{ endfor }</c> directive: the body is rendered once per element and the
/// results concatenated. Strip markers on its sequences have already trimmed the neighbouring literals.
/// </summary>
public sealed class TemplateFor : TemplatePart
{
    internal TemplateFor(string? keyVariable, string valueVariable, Expression collection, IReadOnlyList<TemplatePart> body, SourceRange range)
        : base(range)
    {
        KeyVariable = keyVariable;
        ValueVariable = valueVariable;
        Collection = collection;
        Body = body;
        Depth = DepthOf(body, collection.Depth);
    }

    /// <summary>The key (or index) variable's name, when two variables are declared.</summary>
    public string? KeyVariable { get; }

    /// <summary>The value variable's name.</summary>
    public string ValueVariable { get; }

    /// <summary>The collection iterated.</summary>
    public Expression Collection { get; }

    /// <summary>The parts rendered for each element.</summary>
    public IReadOnlyList<TemplatePart> Body { get; }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => [Collection, .. Body];
}
