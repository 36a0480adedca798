using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Ansible;

/// <summary>
/// What a task inherits from the plays and blocks around it: the keywords in <see cref="AnsibleKeywords.Inherited"/>
/// (each tagged with where it was set) and the literal variables in scope.
/// </summary>
/// <param name="Address">The address prefix of tasks inside (<c>play web &gt; block setup</c>).</param>
/// <param name="Inherited">Inherited keyword values by key.</param>
/// <param name="Variables">Variables by name, each tagged with where it is defined.</param>
internal sealed record AnsibleScope(string Address, IReadOnlyDictionary<string, IacValue> Inherited, IReadOnlyDictionary<string, IacValue> Variables)
{
    /// <summary>A scope with nothing inherited.</summary>
    public static AnsibleScope Root(string address) => new(address, new Dictionary<string, IacValue>(), new Dictionary<string, IacValue>());

    /// <summary>The scope inside a play, block or task written as <paramref name="keys"/>.</summary>
    /// <param name="keys">The play's, block's or task's keys.</param>
    /// <param name="address">The address prefix inside it.</param>
    /// <param name="what">How origins name it: <c>play web</c>.</param>
    /// <param name="source">The file.</param>
    public AnsibleScope Enter(IacObject keys, string address, string what, AnsibleSource source)
    {
        var inherited = new Dictionary<string, IacValue>(Inherited);
        foreach (var key in AnsibleKeywords.Inherited)
        {
            if (keys[key] is { } value)
            {
                inherited[key] = value with { Origin = $"inherited from {what} ({source.Where(value.Range)})" };
            }
        }

        var variables = new Dictionary<string, IacValue>(Variables);
        if (keys["vars"] is IacObject vars)
        {
            foreach (var member in vars.Members)
            {
                variables[member.Key] = member.Value with { Origin = $"vars of {what} ({source.Where(member.KeyRange)})" };
            }
        }

        // A prompted variable is typed in at run time, whatever vars say.
        if (keys["vars_prompt"] is IacList prompts)
        {
            foreach (var prompt in prompts.Items.OfType<IacObject>())
            {
                if (prompt["name"] is IacString name)
                {
                    variables[name.Value] = new IacUnknown($"{name.Value} is prompted for at run time");
                }
            }
        }

        return new AnsibleScope(address, inherited, variables);
    }
}
