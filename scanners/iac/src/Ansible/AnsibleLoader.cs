using System.Text.RegularExpressions;
using Bulwark.Scanners.Iac.CloudFormation;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Ansible;

/// <summary>
/// Loads Ansible playbooks, role task and handler files and plain task lists. Each task (and each entry of a
/// play's <c>roles</c>) becomes an <c>ansible_task</c> resource whose attributes are normalised: see
/// <see cref="Load"/>.
/// </summary>
public static partial class AnsibleLoader
{
    private const int PeekLength = 16 * 1024;

    /// <summary>True when <paramref name="path"/> is a YAML file holding a list of plays or tasks.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="text">Its content; only the start is looked at.</param>
    public static bool Recognises(string path, string text)
    {
        if (!path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var peek = (text.Length > PeekLength ? text[..PeekLength] : text).TrimStart('\uFEFF');
        if (!TopLevelList().IsMatch(peek))
        {
            return false;
        }

        return TaskFolder().IsMatch(path.Replace('\\', '/')) || PlayOrTaskKey().IsMatch(peek);
    }

    /// <summary>
    /// Reads the plays or tasks in <paramref name="text"/>; never throws. Attributes of each task: <c>module</c>,
    /// <c>moduleShortName</c> (without the collection), <c>args</c> (including <c>free_form</c> text),
    /// <c>become</c>, <c>become_user</c>, <c>become_method</c>, <c>no_log</c> (inherited from the play or block
    /// when the task does not set them), <c>loop</c> (also for <c>with_*</c>) and every other key as written.
    /// </summary>
    /// <param name="path">The path findings use, relative to the scan root.</param>
    /// <param name="text">The file.</param>
    public static IacDocument Load(string path, string text)
    {
        var (roots, problem, uncertainFrom) = YamlPartialRead.Read(path, text);
        var source = new AnsibleSource(path, text.Split('\n'));
        var walker = new AnsibleWalker(source);
        var diagnostics = problem is null ? new List<IacDiagnostic>() : [problem];
        foreach (var root in roots)
        {
            if (AnsibleTags.Convert(root) is not IacList items)
            {
                diagnostics.Add(new IacDiagnostic(path, SourceRange.Line((int)root.Start.Line), "not an Ansible playbook or task list: the top level is not a list"));
                continue;
            }

            if (AnsibleWalker.IsPlaybook(items))
            {
                walker.Playbook(items);
            }
            else
            {
                walker.TaskList(items, AnsibleScope.Root(path), ("/" + path.Replace('\\', '/')).Contains("/handlers/", StringComparison.Ordinal) ? "handler" : "task");
            }
        }

        var (byOwner, lines) = CommentPlacement.Place(YamlComment.ReadAll(text), walker.Owners, text);
        var addresses = new HashSet<string>(StringComparer.Ordinal);
        var resources = walker.Sites
            .Where(site => site.Range.EndLine < uncertainFrom) // a task the syntax error cut short is not judged
            .Select(site => AnsibleResources.Build(site, source, addresses, SuppressionsOver(site.Range, walker.Owners, byOwner)))
            .ToList();
        return new IacDocument
        {
            Platform = IacPlatform.Ansible,
            File = path,
            Resources = resources,
            Diagnostics = diagnostics,
            LineSuppressions = lines.Select(s => (path, s)).ToList(),
        };
    }

    // A suppression on a play or block covers every task inside it.
    private static List<IacSuppression> SuppressionsOver(SourceRange task, IReadOnlyList<SourceRange> owners, List<IacSuppression>[] byOwner) =>
        owners.Select((owner, i) => (owner, i))
            .Where(o => o.owner.StartLine <= task.StartLine && task.EndLine <= o.owner.EndLine)
            .SelectMany(o => byOwner[o.i])
            .ToList();

    [GeneratedRegex(@"\A(?:\s*(?:#[^\n]*|---[^\n]*)?\n)*\s*-(?:\s|$)")]
    private static partial Regex TopLevelList();

    [GeneratedRegex(@"(?:^|/)(?:roles/[^/]+/(?:tasks|handlers)|tasks|handlers|playbooks?)/")]
    private static partial Regex TaskFolder();

    [GeneratedRegex(@"^\s*(?:-\s+)?(?:hosts|import_playbook|include_tasks|import_tasks|include_role|import_role|become|register|notify|with_items|delegate_to|gather_facts|(?:ansible\.builtin|ansible\.legacy|community\.\w+|ansible\.posix|ansible\.windows|amazon\.aws)\.\w+|apt|yum|dnf|package|copy|template|file|service|systemd|shell|command|lineinfile|get_url|unarchive|user|pip|git|uri|debug|set_fact)\s*:", RegexOptions.Multiline)]
    private static partial Regex PlayOrTaskKey();
}
