using Bulwark.Scanners.Integrity.Changes;

namespace Bulwark.Scanners.Integrity.Meaning;

/// <summary>
/// The jobs in the system crontabs, /etc/crontab and /etc/cron.d/*, whose lines name the user a job runs as: one fact
/// per job, <c>schedule\tuser\tcommand</c>.
/// </summary>
internal sealed class CronFacts : IFactReader
{
    public string Id => "crontab";

    public bool Wants(string path) => path == "/etc/crontab" || CronPaths.IsChild(path, "/etc/cron.d/");

    public IReadOnlyList<string> Read(ReadOnlySpan<byte> content) => CronPaths.Jobs(content, withUser: true);

    public IEnumerable<Change> Compare(string path, IReadOnlyList<string> before, IReadOnlyList<string> after) =>
        CronChanges.Compare(path, before, after);
}
