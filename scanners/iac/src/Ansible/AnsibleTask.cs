using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Ansible;

/// <summary>
/// Normalises one task so rules need not know Ansible's many spellings: <c>module</c> and
/// <c>moduleShortName</c>, <c>args</c> (from a mapping, a <c>k=v</c> string or <c>action:</c>), the effective
/// <c>become</c>/<c>become_user</c>/<c>no_log</c> (inherited when the task does not set them), <c>loop</c> for
/// any <c>with_*</c>, and every other key as written, with Jinja resolved where the variables are literals.
/// </summary>
internal static class AnsibleTask
{
    /// <summary>The task's attributes and its module name (empty when it has none).</summary>
    public static (string Module, IacObject Attributes) Normalise(IacObject task, AnsibleScope scope, AnsibleSource source)
    {
        var variables = scope.Enter(task, scope.Address, "task", source).Variables;
        var (module, moduleRange, args) = Module(task, source);
        var members = new List<IacMember>();
        if (task.Member("name") is { } name)
        {
            members.Add(name);
        }

        if (module.Length > 0)
        {
            members.Add(new IacMember("module", moduleRange, new IacString(module) { Range = moduleRange }));
            members.Add(new IacMember("moduleShortName", moduleRange, new IacString(AnsibleKeywords.ShortName(module)) { Range = moduleRange }));
            members.Add(new IacMember("args", moduleRange, args));
        }

        foreach (var key in AnsibleKeywords.Inherited)
        {
            if (task.Member(key) is { } own)
            {
                members.Add(own);
            }
            else if (scope.Inherited.TryGetValue(key, out var inherited))
            {
                members.Add(new IacMember(key, inherited.Range, inherited));
            }
        }

        foreach (var member in task.Members)
        {
            if (members.All(m => m.Key != member.Key) && member.Key is not ("action" or "local_action" or "args") && member.Key != module)
            {
                members.Add(member);
            }
        }

        if (task["loop"] is null && task.Members.FirstOrDefault(m => m.Key.StartsWith("with_", StringComparison.Ordinal)) is { } legacy)
        {
            members.Add(new IacMember("loop", legacy.KeyRange, legacy.Value with { Origin = legacy.Key }));
        }

        // local_action is shorthand for running the module on the controller.
        if (task.Member("local_action") is { } local && task["delegate_to"] is null)
        {
            members.Add(new IacMember("delegate_to", local.KeyRange, new IacString("localhost") { Range = local.KeyRange, Origin = "local_action" }));
        }

        var resolved = members.Select(m => m with { Value = Typed(m.Key, AnsibleValues.Resolve(m.Value, variables, source)) }).ToList();
        return (module, new IacObject(resolved) { Range = task.Range });
    }

    private static IacValue Typed(string key, IacValue value) => AnsibleKeywords.Booleans.Contains(key) ? AnsibleValues.Boolean(value) : value;

    private static (string Module, SourceRange Range, IacObject Args) Module(IacObject task, AnsibleSource source)
    {
        var extra = task["args"] as IacObject;
        if ((task.Member("action") ?? task.Member("local_action")) is { } action)
        {
            return WithExtra(Action(action, source), extra);
        }

        if (task.Members.FirstOrDefault(m => !AnsibleKeywords.IsTaskKeyword(m.Key)) is not { } written)
        {
            return ("", SourceRange.None, IacObject.EmptyObject);
        }

        var freeForm = AnsibleKeywords.FreeForm.Contains(AnsibleKeywords.ShortName(written.Key));
        var args = written.Value switch
        {
            IacObject o => o,
            IacString s => AnsibleArguments.Parse(s, freeForm, source),
            IacNull => IacObject.EmptyObject with { Range = written.Value.Range },
            var other => new IacObject([new IacMember("free_form", written.KeyRange, other)]) { Range = other.Range },
        };
        return WithExtra((written.Key, written.KeyRange, args), extra);
    }

    // `action: copy src=a dest=b` and `action: {module: copy, src: a}`: the module is named inside.
    private static (string, SourceRange, IacObject) Action(IacMember action, AnsibleSource source)
    {
        if (action.Value is IacObject o && o["module"] is IacString named)
        {
            return (named.Value, named.Range, o with { Members = o.Members.Where(m => m.Key != "module").ToList() });
        }

        if (action.Value is not IacString { Value: var text } line || AnsibleArguments.Tokens(text).FirstOrDefault() is not { End: > 0 } first)
        {
            return ("", action.KeyRange, IacObject.EmptyObject);
        }

        var module = text[first.Start..first.End];
        var args = AnsibleArguments.Parse(line, AnsibleKeywords.FreeForm.Contains(AnsibleKeywords.ShortName(module)), source, skipTokens: 1);
        return (module, source.Within(line, first.Start, first.End), args);
    }

    // Task-level `args:` adds to the module's own arguments; the module's own win.
    private static (string, SourceRange, IacObject) WithExtra((string Module, SourceRange Range, IacObject Args) found, IacObject? extra) =>
        extra is null ? found : found with { Args = found.Args with { Members = [.. found.Args.Members, .. extra.Members.Where(e => found.Args.Member(e.Key) is null)] } };
}
