using System.Diagnostics.CodeAnalysis;
using System.Text;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>
/// A static traversal: a root variable followed by attribute accesses and constant indexes, such as
/// <c>var.x</c>, <c>aws_s3_bucket.b.id</c> or <c>local.l[0].k</c>. This is how references are read.
/// </summary>
public sealed class Traversal
{
    private Traversal(string rootName, SourceRange rootRange, IReadOnlyList<TraversalStep> steps, SourceRange range)
    {
        RootName = rootName;
        RootRange = rootRange;
        Steps = steps;
        Range = range;
    }

    /// <summary>The root variable (<c>var</c>, <c>local</c>, <c>module</c>, <c>aws_s3_bucket</c>, …).</summary>
    public string RootName { get; }

    /// <summary>Where the root name is written.</summary>
    public SourceRange RootRange { get; }

    /// <summary>The steps after the root, in order.</summary>
    public IReadOnlyList<TraversalStep> Steps { get; }

    /// <summary>Where the whole traversal is written.</summary>
    public SourceRange Range { get; }

    /// <summary>
    /// Reads <paramref name="expression"/> as a traversal if it is one: a variable with only attribute accesses and
    /// indexes by number or plain string literals after it. Anything else (a call, a splat, a computed index,
    /// parentheses) gives false.
    /// </summary>
    public static bool TryGet(Expression expression, [NotNullWhen(true)] out Traversal? traversal)
    {
        traversal = null;
        var steps = new List<TraversalStep>();
        var current = expression;
        while (true)
        {
            switch (current)
            {
                case VariableExpr root:
                    steps.Reverse();
                    traversal = new Traversal(root.Name, root.Range, steps, expression.Range);
                    return true;
                case GetAttrExpr attribute:
                    steps.Add(new TraversalStep(TraversalStepKind.Attribute, attribute.Name, attribute.NameRange));
                    current = attribute.Source;
                    break;
                case IndexExpr index when StepOf(index) is { } step:
                    steps.Add(step);
                    current = index.Source;
                    break;
                default:
                    return false;
            }
        }
    }

    /// <summary>
    /// Every reference in <paramref name="expression"/>, in source order: the longest traversal at each place a
    /// variable is used (<c>var.list[count.index]</c> gives <c>var.list</c> and <c>count.index</c>; a splat gives
    /// its source). Iteration variables of <c>for</c> expressions and directives are not references and are left
    /// out inside their scope.
    /// </summary>
    public static IReadOnlyList<Traversal> FindAll(Expression expression) => ReferenceFinder.Find(expression);

    /// <summary>The traversal in canonical form, such as <c>local.l[0].k</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(RootName);
        foreach (var step in Steps)
        {
            text.Append(step);
        }

        return text.ToString();
    }

    private static TraversalStep? StepOf(IndexExpr index)
    {
        var range = new SourceRange(index.Source.Range.EndLine, index.Source.Range.EndColumn, index.Range.EndLine, index.Range.EndColumn);
        if (index.IsLegacy)
        {
            range = index.Key.Range;
        }

        return index.Key switch
        {
            NumberLiteralExpr number => new TraversalStep(TraversalStepKind.NumberIndex, number.Text, range),
            TemplateExpr { LiteralValue: { } key } => new TraversalStep(TraversalStepKind.StringIndex, key, range),
            _ => null,
        };
    }
}
