using System.Globalization;

namespace Bulwark.Scanners.Host.Files;

/// <summary>
/// The audited system's users and groups from its own <c>/etc/passwd</c> and <c>/etc/group</c> (never the machine
/// running Bulwark), so owners in a root tree are named the way that system names them. Where a name or id appears
/// twice, the first line wins, as <c>getpwnam</c> and <c>getpwuid</c> answer.
/// </summary>
public sealed class HostUsers
{
    /// <summary>The account file read.</summary>
    public const string PasswdPath = "/etc/passwd";

    /// <summary>The group file read.</summary>
    public const string GroupPath = "/etc/group";

    private HostUsers(IReadOnlyList<HostAccount> accounts, IReadOnlyList<HostGroup> groups, IReadOnlyList<string> problems)
    {
        Accounts = accounts;
        Groups = groups;
        Problems = problems;
    }

    /// <summary>Every account that parsed, in file order.</summary>
    public IReadOnlyList<HostAccount> Accounts { get; }

    /// <summary>Every group that parsed, in file order.</summary>
    public IReadOnlyList<HostGroup> Groups { get; }

    /// <summary>Lines that did not parse and files that could not be read, as <c>file:line: what</c>.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Reads both files from <paramref name="files"/>; a missing or unreadable file is a problem, not an exception.</summary>
    public static HostUsers Load(IHostFiles files)
    {
        var problems = new List<string>();
        var accounts = new List<HostAccount>();
        foreach (var (fields, line) in Records(files, PasswdPath, 7, problems))
        {
            if (Id(fields[2]) is not { } uid || Id(fields[3]) is not { } gid)
            {
                problems.Add($"{PasswdPath}:{line}: uid or gid is not a number");
                continue;
            }

            accounts.Add(new HostAccount(fields[0], uid, gid, fields[5], fields[6], line));
        }

        var groups = new List<HostGroup>();
        foreach (var (fields, line) in Records(files, GroupPath, 4, problems))
        {
            if (Id(fields[2]) is not { } gid)
            {
                problems.Add($"{GroupPath}:{line}: gid is not a number");
                continue;
            }

            var members = fields[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            groups.Add(new HostGroup(fields[0], gid, members, line));
        }

        return new HostUsers(accounts, groups, problems);
    }

    /// <summary>The uid of account <paramref name="name"/>, or null when there is none.</summary>
    public int? UidOf(string name) => Accounts.FirstOrDefault(a => a.Name == name)?.Uid;

    /// <summary>The gid of group <paramref name="name"/>, or null when there is none.</summary>
    public int? GidOf(string name) => Groups.FirstOrDefault(g => g.Name == name)?.Gid;

    /// <summary>The name of the first account with <paramref name="uid"/>, or null.</summary>
    public string? UserName(int uid) => Accounts.FirstOrDefault(a => a.Uid == uid)?.Name;

    /// <summary>The name of the first group with <paramref name="gid"/>, or null.</summary>
    public string? GroupName(int gid) => Groups.FirstOrDefault(g => g.Gid == gid)?.Name;

    // Colon-separated records with exactly `count` fields and a non-empty name; comments and blank lines are skipped.
    private static IEnumerable<(string[] Fields, int Line)> Records(IHostFiles files, string path, int count, List<string> problems)
    {
        var read = files.ReadText(path);
        if (read.Text is null)
        {
            problems.Add($"{path}: {(read.Missing ? "not found" : read.Problem)}");
            yield break;
        }

        var lines = read.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].TrimEnd('\r');
            if (text.Trim().Length == 0 || text.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var fields = text.Split(':');
            if (fields.Length != count || fields[0].Length == 0)
            {
                problems.Add($"{path}:{i + 1}: expected {count} colon-separated fields with a name, found {fields.Length}");
                continue;
            }

            yield return (fields, i + 1);
        }
    }

    private static int? Id(string field) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
