using Bulwark.Scanners.Integrity.Changes;

namespace Bulwark.Scanners.Integrity.Meaning;

/// <summary>
/// The groups in /etc/group: one fact per group, <c>name\tgid\tmember,member</c> with the members sorted. A member
/// added to a group is reported, loudest for the groups that carry privilege; a member removed is not, since losing
/// rights is not a threat (the file's own change is still reported).
/// </summary>
internal sealed class GroupFacts : IFactReader
{
    // Why each group matters, in the words the change's message uses.
    private static readonly Dictionary<string, string> Privileged = new(StringComparer.Ordinal)
    {
        ["adm"] = "reads the system logs",
        ["admin"] = "may run commands as root",
        ["disk"] = "reads and writes raw disks, which is as good as root",
        ["docker"] = "controls containers, which is as good as root",
        ["lxd"] = "controls containers, which is as good as root",
        ["root"] = "shares root's group files",
        ["shadow"] = "reads the password hashes",
        ["sudo"] = "may run commands as root",
        ["wheel"] = "may run commands as root",
    };

    public string Id => "group";

    public bool Wants(string path) => path == "/etc/group";

    public IReadOnlyList<string> Read(ReadOnlySpan<byte> content)
    {
        var facts = new List<string>();
        foreach (var line in FactText.Lines(content))
        {
            var f = line.Split(':');
            if (f.Length < 4 || f[0].Length == 0 || f[2].Length == 0 || !f[2].All(char.IsAsciiDigit))
            {
                continue;
            }
            var members = f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(FactText.Clean).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            facts.Add(string.Join('\t', FactText.Clean(f[0]), f[2], string.Join(',', members)));
        }
        return FactText.Sorted(facts);
    }

    public IEnumerable<Change> Compare(string path, IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        foreach (var (old, now) in FactDiff.ByKey(before, after, FactText.Key))
        {
            if (now is null)
            {
                continue;
            }
            var f = FactText.Fields(now, 3);
            var was = old is null ? null : FactText.Fields(old, 3);
            if (was is not null && was[1] != f[1])
            {
                yield return new(path, ChangeKinds.Modified, f[0], $"group {f[0]}'s gid changed from {was[1]} to {f[1]} in {path}",
                    [new("gid", was[1], f[1])]);
            }
            HashSet<string> had = was is null ? [] : Members(was[2]);
            foreach (var user in Members(f[2]).Where(u => !had.Contains(u)).Order(StringComparer.Ordinal))
            {
                yield return MemberAdded(path, f[0], user);
            }
        }
    }

    private static Change MemberAdded(string path, string group, string user)
    {
        var message = Privileged.TryGetValue(group, out var why)
            ? $"{user} added to privileged group {group} in {path} (a member {why})"
            : $"{user} added to group {group} in {path}";
        return new(path, ChangeKinds.GroupMemberAdded, $"{group}:{user}", message, [new("group", null, group), new("user", null, user)]);
    }

    private static HashSet<string> Members(string field) =>
        field.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
