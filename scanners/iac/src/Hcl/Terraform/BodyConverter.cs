using Bulwark.Scanners.Iac.Hcl.Syntax;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Terraform;

/// <summary>
/// A block's body as the value rules see: attributes evaluated, nested blocks as lists of objects (so
/// <c>ingress</c> is a list whether written once or five times), <c>dynamic</c> blocks expanded over their
/// <c>for_each</c>. Meta-arguments (count, for_each, provider, depends_on) are not attributes of the resource.
/// </summary>
public static class BodyConverter
{
    private static readonly HashSet<string> MetaArguments = new(StringComparer.Ordinal) { "count", "for_each", "provider", "depends_on" };

    /// <summary>The value of <paramref name="body"/>, placed at <paramref name="range"/>.</summary>
    public static IacObject Convert(Body body, EvalContext context, SourceRange range, bool isResource)
    {
        var members = new List<IacMember>();
        var nested = new Dictionary<string, (SourceRange KeyRange, List<IacValue> Items)>(StringComparer.Ordinal);
        foreach (var item in body.Items)
        {
            switch (item)
            {
                case HclAttribute attribute when !(isResource && MetaArguments.Contains(attribute.Name)):
                    members.Add(new IacMember(attribute.Name, attribute.NameRange, ExpressionEvaluator.Evaluate(attribute.Expression, context)));
                    break;
                case Block { Type: "dynamic" } dynamic when dynamic.Label(0) is { } name:
                    Add(nested, name, dynamic.TypeRange, Dynamic(dynamic, name, context));
                    break;
                case Block block:
                    Add(nested, block.Type, block.TypeRange, [Convert(block.Body, context, block.Range, isResource: false)]);
                    break;
            }
        }

        foreach (var (name, (keyRange, items)) in nested)
        {
            var start = items.Count > 0 ? items[0].Range : keyRange;
            var end = items.Count > 0 ? items[^1].Range : keyRange;
            members.Add(new IacMember(name, keyRange, Values.List(items, start.Union(end))));
        }

        return new IacObject(members) { Range = range };
    }

    private static void Add(Dictionary<string, (SourceRange, List<IacValue>)> nested, string name, SourceRange keyRange, IEnumerable<IacValue> items)
    {
        if (!nested.TryGetValue(name, out var entry))
        {
            nested[name] = entry = (keyRange, []);
        }

        entry.Item2.AddRange(items);
    }

    /// <summary>
    /// The blocks a <c>dynamic</c> block generates. When its <c>for_each</c> is not known, one unknown block stands
    /// for them: rules can neither report on nor rely on what it would contain.
    /// </summary>
    private static IEnumerable<IacValue> Dynamic(Block dynamic, string name, EvalContext context)
    {
        var content = dynamic.Body.BlocksOfType("content").FirstOrDefault();
        if (content is null || dynamic.Body.FindAttribute("for_each") is not { } forEach)
        {
            return [];
        }

        var iterator = dynamic.Body.FindAttribute("iterator")?.Expression is { } named && Traversal.TryGet(named, out var t) ? t.RootName : name;
        var collection = ExpressionEvaluator.Evaluate(forEach.Expression, context);
        if (ExpressionEvaluator.Iterate(collection) is not { } items)
        {
            return [Values.UnknownFrom($"dynamic \"{name}\" blocks over a value that is not known", dynamic.Range, collection)];
        }

        return items.Select(pair =>
        {
            var bound = Values.Object([("key", pair.Key), ("value", pair.Value)], dynamic.Range);
            return (IacValue)Convert(content.Body, context.With(iterator, bound), dynamic.Range, isResource: false);
        }).ToList();
    }
}
