using System.Globalization;
using Bulwark.Scanners.Iac.Hcl.Syntax;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Terraform;

/// <content>Names and what they refer to: variables, locals, resources, iterators; attribute and index steps; splats.</content>
public static partial class ExpressionEvaluator
{
    /// <summary>The scope name a splat's item is bound to while its per-item expression is evaluated (not a valid HCL name).</summary>
    private const string SplatItem = "\u0000splat";

    private static IacValue Reference(Traversal traversal, EvalContext context)
    {
        var module = context.Module;
        var steps = traversal.Steps;
        var at = traversal.Range;
        string? Name(int i) => i < steps.Count && steps[i].Kind == TraversalStepKind.Attribute ? steps[i].Name : null;

        IacValue root;
        int used;
        if (context.Bound(traversal.RootName) is { } bound)
        {
            (root, used) = (bound, 0);
        }
        else
        {
            switch (traversal.RootName)
            {
                case "var" when Name(0) is { } name:
                    (root, used) = (module.Variable(name, at), 1);
                    break;
                case "local" when Name(0) is { } name:
                    (root, used) = (module.Local(name, at), 1);
                    break;
                case "path" when Name(0) is { } name:
                    (root, used) = (Values.Text(name == "module" && module.Source.Folder.Length > 0 ? module.Source.Folder : ".", at), 1);
                    break;
                case "terraform" when Name(0) == "workspace":
                    (root, used) = (Values.Text("default", at), 1);
                    break;
                case "module" when Name(0) is { } call:
                    (root, used) = (Values.Unknown($"module.{call} outputs are not evaluated", at, [module.AddressPrefix + "module." + call]), steps.Count);
                    break;
                case "data" when Name(0) is { } type && Name(1) is { } name:
                    (root, used) = ResourceReference("data", type, name, steps, 2, context, at);
                    break;
                case "count" or "each" or "self":
                    (root, used) = (Values.Unknown($"{traversal.RootName} is not available here", at), steps.Count);
                    break;
                default:
                    if (Name(0) is { } resourceName && traversal.RootName.Contains('_', StringComparison.Ordinal))
                    {
                        (root, used) = ResourceReference("resource", traversal.RootName, resourceName, steps, 1, context, at);
                    }
                    else
                    {
                        (root, used) = (Values.Unknown($"{traversal} is not defined", at), steps.Count);
                    }

                    break;
            }
        }

        var value = root;
        for (var i = used; i < steps.Count; i++)
        {
            var step = steps[i];
            value = step.Kind == TraversalStepKind.Attribute
                ? Step(value, step.Name, at)
                : Index(value, step.Kind == TraversalStepKind.NumberIndex ? Values.Number(double.Parse(step.Name, CultureInfo.InvariantCulture), step.Range) : Values.Text(step.Name, step.Range), at);
        }

        // A value that came from elsewhere (a default, an iterator) is reported where it is used.
        return Values.Relocate(value, at, value.Origin);
    }

    private static (IacValue Value, int Used) ResourceReference(string kind, string type, string name, IReadOnlyList<TraversalStep> steps, int next, EvalContext context, SourceRange at)
    {
        // aws_s3_bucket.logs[0].id: the instance index does not change what the configuration says.
        var i = next;
        while (i < steps.Count && steps[i].Kind != TraversalStepKind.Attribute)
        {
            i++;
        }

        var attribute = i < steps.Count ? steps[i].Name : null;
        var value = context.Module.ResourceAttribute(kind, type, name, attribute, at);
        return (value, attribute is null ? steps.Count : i + 1);
    }

    /// <summary><c>value.name</c>.</summary>
    private static IacValue Step(IacValue value, string name, SourceRange range) => value switch
    {
        IacObject obj when obj[name] is { } member => member,
        IacObject => Values.Error($"no attribute \"{name}\"", range),
        IacUnknown => Values.UnknownFrom(((IacUnknown)value).Reason, range, value),
        IacNull => Values.Error($"attribute \"{name}\" of null", range),
        _ => Values.Error($"{value.Describe()} has no attribute \"{name}\"", range),
    };

    /// <summary><c>value[key]</c>.</summary>
    private static IacValue Index(IacValue value, IacValue key, SourceRange range)
    {
        if (key is IacUnknown)
        {
            return Values.UnknownFrom("an index that is not known", range, value, key);
        }

        switch (value)
        {
            case IacList list when key is IacNumber number:
                var i = (int)number.Value;
                return i >= 0 && i < list.Items.Count && i == number.Value ? list.Items[i] : Values.Error($"index {number.Describe()} out of range", range);
            case IacList list when key is IacString s && int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var j):
                return j < list.Items.Count ? list.Items[j] : Values.Error($"index {j} out of range", range);
            case IacObject obj when AsText(key) is { } text:
                return obj[text] ?? Values.Error($"no key \"{text}\"", range);
            case IacUnknown unknown:
                return Values.UnknownFrom(unknown.Reason, range, value);
            default:
                return Values.Error($"{value.Describe()} cannot be indexed by {key.Describe()}", range);
        }
    }

    /// <summary><c>list[*].attribute</c>: the expression after the splat applied to each item.</summary>
    private static IacValue Splat(SplatExpr splat, EvalContext context)
    {
        var source = Evaluate(splat.Source, context);
        IReadOnlyList<IacValue> items = source switch
        {
            IacList list => list.Items,
            IacNull => [],
            IacUnknown => [],
            _ => [source],
        };
        if (source is IacUnknown)
        {
            return Values.UnknownFrom("a splat over an unknown value", splat.Range, source);
        }

        var results = items.Select(item => Evaluate(splat.Each, context.With(SplatItem, item))).ToList();
        return Values.List(results, splat.Range);
    }
}
