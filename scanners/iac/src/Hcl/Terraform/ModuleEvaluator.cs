using System.Globalization;
using Bulwark.Scanners.Iac.Hcl.Syntax;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Terraform;

/// <summary>
/// Turns one module instance into the resources Terraform would plan: each resource expanded over its
/// <c>count</c> / <c>for_each</c> when those are known, data sources, providers, module calls (themselves
/// resources, so rules can check their sources), and the resources of local modules it calls, with the
/// call's inputs.
/// </summary>
public sealed class ModuleEvaluator
{
    /// <summary>How deep module calls are followed; deeper ones are left out (and said so).</summary>
    public const int MaxDepth = 8;

    private readonly IReadOnlyDictionary<string, ModuleSource> _modules;
    private readonly Func<ModuleSource, TerraformSuppressions> _suppressions;

    /// <summary>Creates an evaluator over the parsed module folders of a scan.</summary>
    public ModuleEvaluator(IReadOnlyDictionary<string, ModuleSource> modules, Func<ModuleSource, TerraformSuppressions> suppressions)
    {
        _modules = modules;
        _suppressions = suppressions;
    }

    /// <summary>The resources of <paramref name="instance"/> and of the modules it calls.</summary>
    public void Expand(ModuleInstance instance, List<IacResource> resources, List<IacDiagnostic> diagnostics, IReadOnlyList<string> stack)
    {
        var suppressions = _suppressions(instance.Source);
        foreach (var (block, file) in instance.Source.Blocks)
        {
            var root = new EvalContext(instance);
            switch (block.Type)
            {
                case "resource" or "data" when block.Label(0) is { } type && block.Label(1) is { } name:
                    var kind = block.Type == "data" ? "data." : "";
                    foreach (var (suffix, context) in Instances(block, root))
                    {
                        resources.Add(Resource(instance, block, file, kind + type, name, instance.AddressPrefix + kind + type + "." + name + suffix, context, suppressions));
                    }

                    break;
                case "provider" when block.Label(0) is { } provider:
                    var alias = ExpressionEvaluator.AsText(block.Body.FindAttribute("alias") is { } a ? ExpressionEvaluator.Evaluate(a.Expression, root) : new IacNull());
                    var address = instance.AddressPrefix + "provider." + provider + (alias is null ? "" : "." + alias);
                    resources.Add(Resource(instance, block, file, "provider." + provider, alias ?? provider, address, root, suppressions));
                    break;
                case "terraform":
                    // required_version, required_providers and the backend: settings rules may check too.
                    resources.Add(Resource(instance, block, file, "terraform", "terraform", instance.AddressPrefix + "terraform", root, suppressions));
                    break;
                case "module" when block.Label(0) is { } call:
                    foreach (var (suffix, context) in Instances(block, root))
                    {
                        var prefix = instance.AddressPrefix + "module." + call + suffix;
                        resources.Add(Resource(instance, block, file, "module", call, prefix, context, suppressions));
                        Call(instance, block, file, prefix + ".", context, resources, diagnostics, stack);
                    }

                    break;
            }
        }
    }

    private void Call(ModuleInstance caller, Block block, string file, string prefix, EvalContext context, List<IacResource> resources, List<IacDiagnostic> diagnostics, IReadOnlyList<string> stack)
    {
        if (caller.Source.LocalSource(block) is not { } folder || !_modules.TryGetValue(folder, out var source))
        {
            return;
        }

        if (stack.Count >= MaxDepth || stack.Contains(folder))
        {
            diagnostics.Add(new IacDiagnostic(file, block.Range, $"module \"{block.Label(0)}\" is not followed: {(stack.Contains(folder) ? "it calls itself" : $"calls nest deeper than {MaxDepth}")}"));
            return;
        }

        var inputs = new Dictionary<string, IacValue>(StringComparer.Ordinal);
        foreach (var attribute in block.Body.Attributes)
        {
            if (attribute.Name is not ("source" or "version" or "count" or "for_each" or "providers" or "depends_on"))
            {
                inputs[attribute.Name] = ExpressionEvaluator.Evaluate(attribute.Expression, context);
            }
        }

        var callSite = $"{file}:{block.Range.StartLine} {prefix.TrimEnd('.')}";
        Expand(new ModuleInstance(source, prefix, callSite, inputs, isRoot: false), resources, diagnostics, [.. stack, folder]);
    }

    /// <summary>
    /// The instances a block declares, with their address suffix and scope: one when it has neither count nor
    /// for_each; one per index or key when those are known; none for a count of 0; one standing for all when
    /// they are not known.
    /// </summary>
    private static IEnumerable<(string Suffix, EvalContext Context)> Instances(Block block, EvalContext root)
    {
        if (block.Body.FindAttribute("count") is { } countAttribute)
        {
            var count = ExpressionEvaluator.Evaluate(countAttribute.Expression, root);
            if (ExpressionEvaluator.Number(count) is not { } n)
            {
                var unknown = Values.UnknownFrom("count.index of a count that is not known", countAttribute.Range, count);
                return [("", root.With("count", Values.Object([("index", unknown)], countAttribute.Range)))];
            }

            return Enumerable.Range(0, (int)Math.Clamp(n, 0, 1000)).Select(i =>
                ($"[{i}]", root.With("count", Values.Object([("index", Values.Number(i, countAttribute.Range))], countAttribute.Range))));
        }

        if (block.Body.FindAttribute("for_each") is { } forEachAttribute)
        {
            var collection = ExpressionEvaluator.Evaluate(forEachAttribute.Expression, root);
            var range = forEachAttribute.Range;
            switch (collection)
            {
                case IacObject map:
                    return map.Members.Select(m => (Key(m.Key), root.With("each", Values.Object([("key", Values.Text(m.Key, m.KeyRange)), ("value", m.Value)], range))));
                case IacList set when set.Items.All(i => ExpressionEvaluator.AsText(i) is not null):
                    return set.Items.Select(i => (Key(ExpressionEvaluator.AsText(i)!), root.With("each", Values.Object([("key", i), ("value", i)], range))));
                default:
                    var unknown = Values.UnknownFrom("each of a for_each that is not known", range, collection);
                    return [("", root.With("each", Values.Object([("key", unknown), ("value", unknown)], range)))];
            }
        }

        return [("", root)];

        static string Key(string key) => "[\"" + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"]";
    }

    private static IacResource Resource(ModuleInstance instance, Block block, string file, string type, string name, string address, EvalContext context, TerraformSuppressions suppressions) => new()
    {
        Platform = IacPlatform.Terraform,
        Type = type,
        Name = name,
        Address = address,
        File = file,
        Range = block.Range,
        Attributes = BodyConverter.Convert(block.Body, context, block.Range, isResource: true),
        CallSite = instance.CallSite,
        Suppressions = suppressions.ForBlock(block),
    };
}
