using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Terraform;

/// <summary>
/// What names mean while evaluating one module instance: input variables, locals (evaluated on first use),
/// resources' configured attributes, the current <c>count.index</c> / <c>each</c>, iterators of dynamic blocks
/// and for expressions, and the address prefix of the module instance.
/// </summary>
public sealed class EvalContext
{
    private readonly Dictionary<string, IacValue> _scope;

    /// <summary>Creates the root scope of a module instance.</summary>
    public EvalContext(ModuleInstance module) : this(module, new Dictionary<string, IacValue>(StringComparer.Ordinal))
    {
    }

    private EvalContext(ModuleInstance module, Dictionary<string, IacValue> scope)
    {
        Module = module;
        _scope = scope;
    }

    /// <summary>The module instance being evaluated.</summary>
    public ModuleInstance Module { get; }

    /// <summary>A child scope with one more name bound (an iterator, <c>count</c>, <c>each</c>, a for variable).</summary>
    public EvalContext With(string name, IacValue value)
    {
        var scope = new Dictionary<string, IacValue>(_scope, StringComparer.Ordinal) { [name] = value };
        return new EvalContext(Module, scope);
    }

    /// <summary>The value bound to a local name, or null.</summary>
    public IacValue? Bound(string name) => _scope.GetValueOrDefault(name);
}
