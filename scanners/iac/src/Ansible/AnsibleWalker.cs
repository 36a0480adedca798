using Bulwark.Scanners.Iac.CloudFormation;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Ansible;

/// <summary>
/// Walks plays, blocks and task lists, collecting each task with the scope it inherits and every range a
/// suppression comment can cover (plays and blocks cover the tasks inside them).
/// </summary>
internal sealed class AnsibleWalker(AnsibleSource source)
{
    private const string ImportRole = "ansible.builtin.import_role";

    private readonly List<AnsibleSite> sites = [];
    private readonly List<SourceRange> owners = [];
    private int blocks;

    /// <summary>The tasks found, in file order.</summary>
    public IReadOnlyList<AnsibleSite> Sites => sites;

    /// <summary>Plays, blocks and tasks: what a comment before or inside them covers.</summary>
    public IReadOnlyList<SourceRange> Owners => owners;

    /// <summary>True when <paramref name="items"/> is a playbook (a list of plays) rather than a task list.</summary>
    public static bool IsPlaybook(IacList items) =>
        items.Items.OfType<IacObject>().Any(i => i["hosts"] is not null || i["import_playbook"] is not null || i["ansible.builtin.import_playbook"] is not null);

    /// <summary>Collects the tasks of every play.</summary>
    public void Playbook(IacList plays)
    {
        var index = 0;
        foreach (var play in plays.Items.OfType<IacObject>())
        {
            index++;
            if (play["hosts"] is not { } hosts)
            {
                continue;
            }

            var name = Text(play["name"]) ?? Text(hosts) ?? $"#{index}";
            var scope = AnsibleScope.Root($"play {name}").Enter(play, $"play {name}", $"play {name}", source);
            owners.Add(ValueSpans.Of(play));
            TaskList(play["pre_tasks"], scope, "task");
            Roles(play["roles"], scope);
            TaskList(play["tasks"], scope, "task");
            TaskList(play["post_tasks"], scope, "task");
            TaskList(play["handlers"], scope, "handler");
        }
    }

    /// <summary>Collects the tasks of a task list, descending into blocks.</summary>
    public void TaskList(IacValue? list, AnsibleScope scope, string kind)
    {
        if (list is not IacList items)
        {
            return;
        }

        foreach (var item in items.Items.OfType<IacObject>())
        {
            if (item["block"] is null)
            {
                Add(item, scope, kind);
                continue;
            }

            var name = Text(item["name"]) ?? $"#{++blocks}";
            var inner = scope.Enter(item, $"{scope.Address} > block {name}", $"block {name}", source);
            owners.Add(ValueSpans.Of(item));
            TaskList(item["block"], inner, kind);
            TaskList(item["rescue"], inner with { Address = inner.Address + " > rescue" }, kind);
            TaskList(item["always"], inner with { Address = inner.Address + " > always" }, kind);
        }
    }

    // A play's `roles:` entry runs like an import_role task with the entry's other keys; it is one, for rules.
    private void Roles(IacValue? roles, AnsibleScope scope)
    {
        if (roles is not IacList entries)
        {
            return;
        }

        foreach (var entry in entries.Items)
        {
            var (role, rest) = entry switch
            {
                IacString s => (s, []),
                IacObject o => ((o["role"] ?? o["name"]) as IacString, o.Members.Where(m => m.Key is not ("role" or "name")).ToList()),
                _ => (null, new List<IacMember>()),
            };
            if (role is null)
            {
                continue;
            }

            var args = new IacObject([new IacMember("name", role.Range, role)]) { Range = role.Range };
            var task = new IacObject([new IacMember(ImportRole, role.Range, args), .. rest]) { Range = entry.Range };
            Add(task, scope, "role", role.Value);
        }
    }

    private void Add(IacObject task, AnsibleScope scope, string kind, string? name = null)
    {
        var range = ValueSpans.Of(task);
        owners.Add(range);
        sites.Add(new AnsibleSite(task, range, scope, kind, sites.Count + 1, name));
    }

    private static string? Text(IacValue? value) => value switch
    {
        IacString s => s.Value,
        IacList l => string.Join(",", l.Items.Select(i => Text(i) ?? "?")),
        _ => null,
    };
}
