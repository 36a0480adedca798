using System.Globalization;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>One step of a <see cref="Traversal"/>: an attribute name or a constant index.</summary>
/// <param name="Kind">Attribute access or index.</param>
/// <param name="Name">The attribute name, the string key, or the number as written.</param>
/// <param name="Range">Where the step is written (<c>.name</c> without the dot, or <c>[key]</c> with brackets).</param>
public sealed record TraversalStep(TraversalStepKind Kind, string Name, SourceRange Range)
{
    /// <summary>The index as an integer, for a <see cref="TraversalStepKind.NumberIndex"/> that is a whole number.</summary>
    public int? Index => Kind == TraversalStepKind.NumberIndex
        && int.TryParse(Name, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index) ? index : null;

    /// <summary>The step as written in canonical form: <c>.name</c>, <c>[0]</c> or <c>["key"]</c>.</summary>
    public override string ToString() => Kind switch
    {
        TraversalStepKind.Attribute => "." + Name,
        TraversalStepKind.NumberIndex => "[" + Name + "]",
        _ => "[\"" + Name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"]",
    };
}
