using System.Globalization;
using System.Text;
using Bulwark.Scanners.Iac.Hcl.Syntax;
using Bulwark.Scanners.Iac.Hcl.Terraform.Functions;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Terraform;

/// <summary>
/// Evaluates HCL expressions the way Terraform would at plan time, as far as that is possible without a
/// provider: literals, templates, collections, variables, locals, references, functions, operators,
/// conditionals, for expressions and splats. Whatever depends on something unknown is unknown, and carries the
/// references it came from.
/// </summary>
public static partial class ExpressionEvaluator
{
    /// <summary>The value of <paramref name="expression"/> in <paramref name="context"/>.</summary>
    public static IacValue Evaluate(Expression expression, EvalContext context)
    {
        var range = expression.Range;
        switch (expression)
        {
            case BoolLiteralExpr b:
                return Values.Bool(b.Value, range);
            case NumberLiteralExpr n:
                return Values.Number(n.Value, range);
            case NullLiteralExpr:
                return new IacNull { Range = range };
            case TemplateExpr template:
                return Template(template, context);
            case TupleExpr tuple:
                return Values.List(tuple.Items.Select(i => Evaluate(i, context)).ToList(), range);
            case ObjectExpr obj:
                return Object(obj, context);
            case ParenthesesExpr parentheses:
                return Values.At(Evaluate(parentheses.Inner, context), range);
            case FunctionCallExpr call:
                return FunctionTable.Call(call, context);
            case ConditionalExpr conditional:
                return Conditional(conditional, context);
            case BinaryExpr binary:
                return Binary(binary, context);
            case UnaryExpr unary:
                return Unary(unary, context);
            case ForExpr forExpr:
                return For(forExpr, context);
            case SplatExpr splat:
                return Splat(splat, context);
            case SplatItemExpr:
                return context.Bound(SplatItem) ?? Values.Unknown("a splat outside a splat", range);
        }

        if (Traversal.TryGet(expression, out var traversal))
        {
            return Reference(traversal, context);
        }

        return expression switch
        {
            GetAttrExpr attribute => Step(Evaluate(attribute.Source, context), attribute.Name, range),
            IndexExpr index => Index(Evaluate(index.Source, context), Evaluate(index.Key, context), range),
            _ => Values.Unknown("an expression that could not be read", range),
        };
    }

    private static IacValue Template(TemplateExpr template, EvalContext context)
    {
        if (template.UnwrappedExpression is { } single)
        {
            return Values.At(Evaluate(single, context), template.Range);
        }

        var text = new StringBuilder();
        var unknown = new List<IacValue>();
        Render(template.Parts, context, text, unknown);
        return unknown.Count > 0
            ? Values.UnknownFrom("a template with an unknown part", template.Range, [.. unknown])
            : Values.Text(text.ToString(), template.Range);
    }

    private static void Render(IReadOnlyList<TemplatePart> parts, EvalContext context, StringBuilder text, List<IacValue> unknown)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case TemplateLiteral literal:
                    text.Append(literal.Value);
                    break;
                case TemplateInterpolation interpolation:
                    var value = Evaluate(interpolation.Expression, context);
                    if (AsText(value) is { } s)
                    {
                        text.Append(s);
                    }
                    else
                    {
                        unknown.Add(value);
                    }

                    break;
                case TemplateIf condition:
                    var chosen = Values.Truth(Evaluate(condition.Condition, context));
                    if (chosen is null)
                    {
                        unknown.Add(Values.Unknown("a template condition", condition.Range));
                    }
                    else
                    {
                        Render(chosen.Value ? condition.Then : condition.Else, context, text, unknown);
                    }

                    break;
                case TemplateFor loop:
                    var collection = Evaluate(loop.Collection, context);
                    foreach (var (key, item) in Iterate(collection) ?? [])
                    {
                        var inner = context.With(loop.ValueVariable, item);
                        inner = loop.KeyVariable is null ? inner : inner.With(loop.KeyVariable, key);
                        Render(loop.Body, inner, text, unknown);
                    }

                    if (Iterate(collection) is null)
                    {
                        unknown.Add(collection);
                    }

                    break;
            }
        }
    }

    private static IacValue Object(ObjectExpr obj, EvalContext context)
    {
        var members = new List<IacMember>();
        foreach (var item in obj.Items)
        {
            var key = item.StaticKey ?? AsText(Evaluate(item.Key, context));
            if (key is null)
            {
                return Values.Unknown("an object with a key that is not known", obj.Range);
            }

            // Later keys win, as in Terraform.
            members.RemoveAll(m => m.Key == key);
            members.Add(new IacMember(key, item.Key.Range, Evaluate(item.Value, context)));
        }

        return new IacObject(members) { Range = obj.Range };
    }

    /// <summary>The value as template text (strings, numbers, booleans), or null when it is not text or not known.</summary>
    public static string? AsText(IacValue value) => value switch
    {
        IacString s => s.Value,
        IacNumber n => n.Value.ToString(CultureInfo.InvariantCulture),
        IacBool b => b.Value ? "true" : "false",
        _ => null,
    };

    /// <summary>The items of a known list or object as key/value pairs (index keys for lists); null when not iterable or unknown.</summary>
    public static IEnumerable<(IacValue Key, IacValue Value)>? Iterate(IacValue value) => value switch
    {
        IacList list when !list.Items.Any(i => i is IacUnknown) => list.Items.Select((item, i) => ((IacValue)Values.Number(i, item.Range), item)).ToList(),
        IacObject obj => obj.Members.Select(m => ((IacValue)Values.Text(m.Key, m.KeyRange), m.Value)).ToList(),
        _ => null,
    };
}
