using Bulwark.Scanners.Iac.Hcl.Syntax;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Terraform;

/// <summary>
/// A module evaluated once: the root module with its tfvars, or a called module with the inputs its call
/// passes. Variables resolve the way Terraform resolves them (tfvars or call input, else default, else
/// unknown); locals are evaluated on first use, a cycle being unknown.
/// </summary>
public sealed class ModuleInstance
{
    private readonly Dictionary<string, IacValue> _locals = new(StringComparer.Ordinal);
    private readonly HashSet<string> _evaluating = new(StringComparer.Ordinal);

    /// <summary>Creates an instance of <paramref name="source"/>.</summary>
    public ModuleInstance(ModuleSource source, string addressPrefix, string? callSite, IReadOnlyDictionary<string, IacValue> inputs, bool isRoot)
    {
        Source = source;
        AddressPrefix = addressPrefix;
        CallSite = callSite;
        Inputs = inputs;
        IsRoot = isRoot;
    }

    /// <summary>The parsed module.</summary>
    public ModuleSource Source { get; }

    /// <summary>Prepended to resource addresses: "" at the root, <c>module.net.</c> inside a call.</summary>
    public string AddressPrefix { get; }

    /// <summary>Where this instance is called from, for findings; null at the root.</summary>
    public string? CallSite { get; }

    /// <summary>The evaluated arguments of the module call.</summary>
    public IReadOnlyDictionary<string, IacValue> Inputs { get; }

    /// <summary>True for a root module (its tfvars apply).</summary>
    public bool IsRoot { get; }

    /// <summary>The value of <c>var.NAME</c>.</summary>
    public IacValue Variable(string name, SourceRange at)
    {
        if (IsRoot && Source.Tfvars.TryGetValue(name, out var assigned))
        {
            var value = ExpressionEvaluator.Evaluate(assigned.Expression, new EvalContext(this));
            return Values.Relocate(value, at, $"var.{name} from {assigned.File}:{assigned.Expression.Range.StartLine}");
        }

        if (Inputs.TryGetValue(name, out var input))
        {
            return Values.Relocate(input, at, $"var.{name} from the module call at {CallSite}");
        }

        if (Source.Variables.TryGetValue(name, out var declared) && declared.Block.Body.FindAttribute("default") is { } fallback)
        {
            var value = ExpressionEvaluator.Evaluate(fallback.Expression, new EvalContext(this));
            return Values.Relocate(value, at, $"default of var.{name} ({declared.File}:{fallback.Range.StartLine})");
        }

        return Values.Unknown($"var.{name} has no default and is set at plan time", at);
    }

    /// <summary>The value of <c>local.NAME</c>.</summary>
    public IacValue Local(string name, SourceRange at)
    {
        if (!Source.Locals.TryGetValue(name, out var local))
        {
            return Values.Unknown($"local.{name} is not defined", at);
        }

        if (!_locals.TryGetValue(name, out var value))
        {
            if (!_evaluating.Add(name))
            {
                return Values.Unknown($"local.{name} refers to itself", at);
            }

            value = ExpressionEvaluator.Evaluate(local.Attribute.Expression, new EvalContext(this));
            _evaluating.Remove(name);
            _locals[name] = value;
        }

        return Values.Relocate(value, at, value.Origin ?? $"local.{name} ({local.File}:{local.Attribute.Range.StartLine})");
    }

    /// <summary>
    /// A reference to a resource's attribute: its configured value when that is a plain value, else unknown —
    /// either way remembering the resource's address, which cross-resource rules match on.
    /// </summary>
    public IacValue ResourceAttribute(string kind, string type, string name, string? attribute, SourceRange at)
    {
        var address = AddressPrefix + (kind == "data" ? "data." : "") + type + "." + name;
        var key = address + "." + attribute;
        var block = Source.Blocks.FirstOrDefault(b => b.Block.Type == kind && b.Block.Label(0) == type && b.Block.Label(1) == name).Block;
        if (attribute is null || block?.Body.FindAttribute(attribute) is not { } configured || block.Body.FindAttribute("count") is not null || block.Body.FindAttribute("for_each") is not null || !_evaluating.Add(key))
        {
            return Values.Unknown($"{address}{(attribute is null ? "" : "." + attribute)} is known after apply", at, [address]);
        }

        var value = ExpressionEvaluator.Evaluate(configured.Expression, new EvalContext(this));
        _evaluating.Remove(key);
        return Values.Relocate(value, at, null) with { References = new HashSet<string>(value.References.Append(address), StringComparer.Ordinal) };
    }
}
