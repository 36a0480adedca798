using Bulwark.Scanners.Integrity.Changes;

namespace Bulwark.Scanners.Integrity.Meaning;

/// <summary>
/// The scripts in /etc/cron.hourly, .daily, .weekly and .monthly, which run-parts runs as root: the file being there is
/// the job. Its one fact says only that (<c>run-parts</c>); what it runs is the file's content, whose changes the
/// file's own checksum reports, and its schedule and name come from the path, which <see cref="Compare"/> is given.
/// </summary>
internal sealed class CronScriptFacts : IFactReader
{
    private const string Present = "run-parts";

    private static readonly string[] Periods = ["hourly", "daily", "weekly", "monthly"];

    public string Id => "cron-script";

    public bool Wants(string path) => Period(path) is not null;

    public IReadOnlyList<string> Read(ReadOnlySpan<byte> content) => [Present];

    public IEnumerable<Change> Compare(string path, IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var (was, now) = (before.Count > 0, after.Count > 0);
        if (was == now)
        {
            yield break;
        }
        var schedule = "@" + (Period(path) ?? "daily");
        var job = new CronJob(schedule, "root", path);
        if (now)
        {
            yield return new(path, ChangeKinds.CronJobAdded, job.Line, $"new cron script {path} runs as root ({schedule})",
                [new("schedule", null, schedule), new("user", null, "root"), new("command", null, path)]);
        }
        else
        {
            yield return new(path, ChangeKinds.CronJobRemoved, job.Line, $"cron script {path} removed ({schedule})",
                [new("schedule", schedule, null), new("user", "root", null), new("command", path, null)]);
        }
    }

    private static string? Period(string path) =>
        Periods.FirstOrDefault(p => CronPaths.IsChild(path, $"/etc/cron.{p}/"));
}
