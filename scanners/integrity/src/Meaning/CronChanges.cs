using Bulwark.Scanners.Integrity.Changes;

namespace Bulwark.Scanners.Integrity.Meaning;

/// <summary>What the cron readers share: a job that appeared or went is a change; a job edited is one of each.</summary>
internal static class CronChanges
{
    /// <summary>
    /// The jobs added and removed between two fact lists; <paramref name="owner"/> fills in the user of a job whose fact
    /// has none (a user's crontab, where the file's name is the user).
    /// </summary>
    public static IEnumerable<Change> Compare(string path, IReadOnlyList<string> before, IReadOnlyList<string> after, string owner = "")
    {
        foreach (var fact in FactDiff.Added(after, before))
        {
            yield return Removed(path, CronJob.FromFact(fact), owner);
        }
        foreach (var fact in FactDiff.Added(before, after))
        {
            yield return Added(path, CronJob.FromFact(fact), owner);
        }
    }

    private static Change Added(string path, CronJob job, string owner)
    {
        var user = job.User.Length > 0 ? job.User : owner;
        return new(path, ChangeKinds.CronJobAdded, job.Line, $"new cron job in {path} runs \"{job.Command}\" as {user} ({job.Schedule})",
            [new("schedule", null, job.Schedule), new("user", null, user), new("command", null, job.Command)]);
    }

    private static Change Removed(string path, CronJob job, string owner)
    {
        var user = job.User.Length > 0 ? job.User : owner;
        return new(path, ChangeKinds.CronJobRemoved, job.Line, $"cron job removed from {path}: \"{job.Command}\" as {user} ({job.Schedule})",
            [new("schedule", job.Schedule, null), new("user", user, null), new("command", job.Command, null)]);
    }
}
