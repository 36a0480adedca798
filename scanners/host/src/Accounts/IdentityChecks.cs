using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Accounts;

/// <summary>The checks on who is who: uid 0, and ids or names two entries share.</summary>
internal static class IdentityChecks
{
    /// <summary><c>uid-zero</c>: only root may have uid 0, since uid 0 is what makes an account all-powerful.</summary>
    internal static CheckOutcome UidZero(AccountFile<PasswdEntry> passwd)
    {
        var failures = passwd.Entries
            .Where(entry => entry.Uid == 0 && entry.Name != "root")
            .Select(entry => new Evidence(passwd.Path, entry.Line, $"account {entry.Name} has uid 0", "only root has uid 0"))
            .ToList();
        return AccountVerdict.Of(
            failures,
            count => $"{AccountVerdict.Plural(count, "account")} other than root {(count == 1 ? "has" : "have")} uid 0",
            "no account other than root has uid 0",
            passwd.BadLines);
    }

    /// <summary>
    /// <c>duplicate-uid</c>: two accounts with one uid are the same user to the kernel, and two groups with one gid
    /// the same group, so each owns the other's files.
    /// </summary>
    internal static CheckOutcome DuplicateIds(AccountFile<PasswdEntry> passwd, AccountFile<GroupEntry> group)
    {
        var failures = Duplicates(
                passwd.Path,
                passwd.Entries,
                entry => entry.Uid,
                entry => entry.Line,
                (entry, others) => $"account {entry.Name} has uid {entry.Uid}, as does {string.Join(", ", others.Select(other => $"{other.Name} (line {other.Line})"))}",
                "a uid of its own")
            .Concat(Duplicates(
                group.Path,
                group.Entries,
                entry => entry.Gid,
                entry => entry.Line,
                (entry, others) => $"group {entry.Name} has gid {entry.Gid}, as does {string.Join(", ", others.Select(other => $"{other.Name} (line {other.Line})"))}",
                "a gid of its own"))
            .ToList();
        return AccountVerdict.Of(
            failures,
            count => count == 1 ? "1 account or group shares its id with another" : $"{count} accounts or groups share their id with another",
            group.Missing ? "every account has a uid of its own (there is no /etc/group)" : "every account has a uid of its own and every group a gid of its own",
            passwd.BadLines,
            group.BadLines);
    }

    /// <summary><c>duplicate-name</c>: a name listed twice in /etc/passwd or /etc/group resolves to whichever line comes first.</summary>
    internal static CheckOutcome DuplicateName(AccountFile<PasswdEntry> passwd, AccountFile<GroupEntry> group)
    {
        var failures = Duplicates(
                passwd.Path,
                passwd.Entries,
                entry => entry.Name,
                entry => entry.Line,
                (entry, others) => $"user name {entry.Name} (uid {entry.Uid}) is listed again on {Lines(others.Select(other => other.Line))}",
                "each user name once")
            .Concat(Duplicates(
                group.Path,
                group.Entries,
                entry => entry.Name,
                entry => entry.Line,
                (entry, others) => $"group name {entry.Name} (gid {entry.Gid}) is listed again on {Lines(others.Select(other => other.Line))}",
                "each group name once"))
            .ToList();
        return AccountVerdict.Of(
            failures,
            count => count == 1 ? "1 entry repeats a user or group name" : $"{count} entries repeat a user or group name",
            "every user and group name is listed once",
            passwd.BadLines,
            group.BadLines);
    }

    private static string Lines(IEnumerable<int> lines)
    {
        var list = lines.ToList();
        return (list.Count == 1 ? "line " : "lines ") + string.Join(", ", list);
    }

    private static List<Evidence> Duplicates<T, TKey>(
        string path,
        IReadOnlyList<T> entries,
        Func<T, TKey> key,
        Func<T, int> line,
        Func<T, IReadOnlyList<T>, string> found,
        string required)
        where TKey : notnull
    {
        var evidence = new List<Evidence>();
        foreach (var group in entries.GroupBy(key).Where(group => group.Count() > 1))
        {
            var all = group.ToList();
            evidence.AddRange(all.Select(entry => new Evidence(path, line(entry), found(entry, all.Where(other => !ReferenceEquals(other, entry)).ToList()), required)));
        }

        return evidence.OrderBy(item => item.Line).ToList();
    }
}
