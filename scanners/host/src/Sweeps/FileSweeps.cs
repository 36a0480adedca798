using Bulwark.Scanners.Host.Accounts;
using Bulwark.Scanners.Host.Files;
using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Sweeps;

/// <summary>
/// The <c>files:</c> checks of the benchmark language: one walk of the <c>under:</c> trees looking for
/// world-writable entries, entries whose owner or group has no name, or setuid/setgid programs.
/// </summary>
public static class FileSweeps
{
    /// <summary>At most this many entries are listed as evidence; the message gives the full count.</summary>
    public const int EvidenceLimit = 50;

    /// <summary>The kinds <see cref="Evaluate"/> knows.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["world-writable", "unowned", "suid-sgid"];

    /// <summary>
    /// Judges one kind over the trees <paramref name="under"/> (<c>/</c> when empty), leaving out what the
    /// <paramref name="except"/> globs cover. <c>world-writable</c>: regular files writable by others, and
    /// directories writable by others without the sticky bit. <c>unowned</c>: entries whose uid has no user in the
    /// audited system's /etc/passwd or whose gid has no group in its /etc/group. <c>suid-sgid</c>: the inventory of
    /// setuid/setgid regular files, failing for those no except glob expects. /proc and /sys are passed by unless
    /// named. Never throws: bad input is an error outcome that says why.
    /// </summary>
    public static CheckOutcome Evaluate(IHostFiles files, string kind, IReadOnlyList<string> under, IReadOnlyList<string> except)
    {
        if (!Kinds.Contains(kind))
        {
            return CheckOutcome.Errored($"unknown files check '{kind}': expected one of {string.Join(", ", Kinds)}");
        }

        var (roots, rootProblem) = SweepRoots.Of(under);
        var (globs, globProblem) = ExceptGlobs.Parse(except);
        if (rootProblem is not null || globs is null)
        {
            return CheckOutcome.Errored($"the files check cannot run: {rootProblem ?? globProblem}");
        }

        return kind switch
        {
            "world-writable" => WorldWritable(files, roots, globs),
            "unowned" => Unowned(files, roots, globs),
            _ => SetIdInventory(files, roots, globs),
        };
    }

    private static CheckOutcome WorldWritable(IHostFiles files, IReadOnlyList<string> roots, ExceptGlobs globs)
    {
        var sweep = SweepWalk.Run(files, roots, globs, pruneExcepted: true, entry =>
            (entry.Mode & FileModes.OtherWrite) != 0
            && (entry.Kind == HostFileKind.File || (entry.Kind == HostFileKind.Directory && (entry.Mode & FileModes.Sticky) == 0)));
        return SweepReport.Of(
            sweep,
            roots,
            entry => entry.Kind == HostFileKind.File
                ? new Evidence(entry.Path, 0, $"file mode {FileModes.Octal(entry.Mode)}: anyone can change it", "not writable by others (o-w)")
                : new Evidence(entry.Path, 0, $"directory mode {FileModes.Octal(entry.Mode)}: anyone can delete or replace what is in it", "not writable by others, or the sticky bit (+t)"),
            "world-writable files or directories without the sticky bit",
            "no world-writable file, and no world-writable directory without the sticky bit");
    }

    private static CheckOutcome Unowned(IHostFiles files, IReadOnlyList<string> roots, ExceptGlobs globs)
    {
        if (files is RootedHostFiles && !RootedHostFiles.OwnersKnown)
        {
            return CheckOutcome.Errored("file owners cannot be read on this platform (no native lstat), so unowned files cannot be found");
        }

        var passwd = AccountFiles.ReadPasswd(files);
        var groups = AccountFiles.ReadGroup(files);
        var unreadable = new[] { (passwd.Path, passwd.Readable, passwd.Problem), (groups.Path, groups.Readable, groups.Problem) }
            .FirstOrDefault(file => !file.Readable);
        if (unreadable.Path is not null)
        {
            return CheckOutcome.Errored($"owners cannot be told apart without {unreadable.Path}: {unreadable.Problem ?? "it does not exist"}");
        }

        var uids = passwd.Entries.Select(entry => entry.Uid).ToHashSet();
        var gids = groups.Entries.Select(entry => entry.Gid).ToHashSet();
        var sweep = SweepWalk.Run(files, roots, globs, pruneExcepted: true, entry =>
            Nameless(entry.Uid, uids) is not null || Nameless(entry.Gid, gids) is not null);
        return SweepReport.Of(
            sweep,
            roots,
            entry => new Evidence(entry.Path, 0, Ownership(entry, uids, gids), "an owner listed in /etc/passwd and a group listed in /etc/group"),
            "files or directories whose owner or group has no name",
            "every file and directory has an owner and a group that exist");
    }

    private static CheckOutcome SetIdInventory(IHostFiles files, IReadOnlyList<string> roots, ExceptGlobs globs)
    {
        var sweep = SweepWalk.Run(files, roots, globs, pruneExcepted: false, entry =>
            entry.Kind == HostFileKind.File && (entry.Mode & (FileModes.SetUid | FileModes.SetGid)) != 0);
        return SweepReport.Inventory(
            sweep,
            roots,
            entry => new Evidence(entry.Path, 0, $"{SetIdNoun(entry.Mode)} file, owner uid {unchecked((uint)entry.Uid)}, group gid {unchecked((uint)entry.Gid)}, mode {FileModes.Octal(entry.Mode)}", "on the expected list (except:)"));
    }

    private static string Ownership(HostFileInfo entry, HashSet<long> uids, HashSet<long> gids)
    {
        var parts = new List<string>();
        if (Nameless(entry.Uid, uids) is { } uid)
        {
            parts.Add($"owner uid {uid} has no user");
        }

        if (Nameless(entry.Gid, gids) is { } gid)
        {
            parts.Add($"group gid {gid} has no group");
        }

        return $"{FileModes.Noun(entry.Kind)}: {string.Join(", ", parts)}";
    }

    // The id as the kernel means it (HostFileInfo holds uid_t in an int), or null when it has a name. -1 is
    // (uid_t)-1, which no file can have: it is how the file layer says it could not tell the owner.
    private static long? Nameless(int raw, HashSet<long> named)
    {
        var id = (long)unchecked((uint)raw);
        return raw == -1 || named.Contains(id) ? null : id;
    }

    private static string SetIdNoun(int mode) => (mode & (FileModes.SetUid | FileModes.SetGid)) switch
    {
        FileModes.SetUid | FileModes.SetGid => "setuid and setgid",
        FileModes.SetUid => "setuid",
        _ => "setgid",
    };
}
