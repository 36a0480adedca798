using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>
/// An <c>%{ if cond }…%{ else }…%{ endif }</c> directive, from its <c>%{</c> to the end of <c>%{ endif }</c>.
/// Strip markers on its sequences have already trimmed the neighbouring literals.
/// </summary>
public sealed class TemplateIf : TemplatePart
{
    internal TemplateIf(Expression condition, IReadOnlyList<TemplatePart> then, IReadOnlyList<TemplatePart> @else, SourceRange range)
        : base(range)
    {
        Condition = condition;
        Then = then;
        Else = @else;
        Depth = Math.Max(DepthOf(then, condition.Depth), DepthOf(@else));
    }

    /// <summary>The predicate.</summary>
    public Expression Condition { get; }

    /// <summary>The parts rendered when the predicate is true.</summary>
    public IReadOnlyList<TemplatePart> Then { get; }

    /// <summary>The parts rendered when it is false (empty when there is no <c>%{ else }</c>).</summary>
    public IReadOnlyList<TemplatePart> Else { get; }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => [Condition, .. Then, .. Else];
}
