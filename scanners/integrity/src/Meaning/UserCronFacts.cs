using Bulwark.Scanners.Integrity.Changes;

namespace Bulwark.Scanners.Integrity.Meaning;

/// <summary>
/// The jobs in a user's own crontab (/var/spool/cron/crontabs/NAME on Debian, /var/spool/cron/NAME on Red Hat), whose
/// lines have no user field: one fact per job, <c>schedule\t\tcommand</c>. The user is the file's name, which
/// <see cref="IFactReader.Read"/> is not told, so <see cref="Compare"/> fills it in from the path.
/// </summary>
internal sealed class UserCronFacts : IFactReader
{
    private const string Spool = "/var/spool/cron/";
    private const string Crontabs = "/var/spool/cron/crontabs/";

    public string Id => "user-crontab";

    // Debian keeps at's queue beside the crontabs; those names are directories of at, not users.
    private static readonly HashSet<string> NotUsers = new(StringComparer.Ordinal) { "atjobs", "atspool", "crontabs" };

    public bool Wants(string path) =>
        CronPaths.IsChild(path, Crontabs) || (CronPaths.IsChild(path, Spool) && !NotUsers.Contains(CronPaths.Name(path)));

    public IReadOnlyList<string> Read(ReadOnlySpan<byte> content) => CronPaths.Jobs(content, withUser: false);

    public IEnumerable<Change> Compare(string path, IReadOnlyList<string> before, IReadOnlyList<string> after) =>
        CronChanges.Compare(path, before, after, owner: CronPaths.Name(path));
}
