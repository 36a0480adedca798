using Bulwark.Server.Auth;
using System.Globalization;
using Bulwark.Server.Findings;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bulwark.Server.Trackers;

/// <summary>
/// Asks JIRA, on the tracker's schedule, for the status of every linked issue (JQL <c>key in (…)</c>, 100 at a time)
/// and records it on the link, where the finding's page shows it. A status the tracker's <c>statuses</c> maps to
/// <c>confirmed</c> confirms an open or reopened finding, once, when the issue moves into it, as <c>tracker:NAME</c>
/// with the reason naming the issue and status. Nothing else is applied: closing an issue in JIRA does not fix, accept
/// or dismiss the finding in Bulwark, which takes a scan or a person.
/// </summary>
internal sealed class JiraPull(StoreContext store, TimeProvider clock, FindingStateChanges changes, ILogger logger)
{
    private const int PerSearch = 100;

    /// <summary>Pulls when the tracker's interval has passed since the last pull; returns how many findings were confirmed.</summary>
    public async Task<int> RunAsync(TrackerSettings tracker, JiraClient client, CancellationToken cancellationToken)
    {
        var key = $"tracker:{tracker.Name}:pulled";
        var now = clock.GetUtcNow();
        var last = await store.Settings.FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (tracker.PullInterval is not { } interval
            || (last is not null && DateTimeOffset.Parse(last.Value, CultureInfo.InvariantCulture) + interval > now))
        {
            return 0;
        }

        var confirmed = 0;
        var links = await store.TrackerLinks.Where(l => l.Tracker == tracker.Name).OrderBy(l => l.Id).ToListAsync(cancellationToken);
        foreach (var chunk in links.Chunk(PerSearch))
        {
            var (statuses, error) = await client.StatusesAsync([.. chunk.Select(l => l.ExternalKey)], cancellationToken);
            if (statuses is null)
            {
                logger.LogWarning("tracker {Tracker}: status pull failed, kept for the next pull: {Error}", tracker.Name, error);
                return confirmed;
            }

            foreach (var link in chunk)
            {
                if (statuses.TryGetValue(link.ExternalKey, out var status))
                {
                    confirmed += await RecordAsync(tracker, link, status, now, cancellationToken);
                }
            }

            await store.SaveChangesAsync(cancellationToken);
        }

        var stamp = now.ToString("O", CultureInfo.InvariantCulture);
        if (last is null)
        {
            store.Settings.Add(new Setting { Key = key, Value = stamp, ChangedAt = now, ChangedBy = tracker.Actor });
        }
        else
        {
            last.Value = stamp;
            last.ChangedAt = now;
        }

        try
        {
            await store.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another server pulled at the same moment and stamped it first; its stamp is as good.
            store.ChangeTracker.Clear();
        }

        return confirmed;
    }

    // What a tracker's pull-back may do: read and confirm, on every product (it applies only mapped safe changes).
    private static readonly Grants PullBack = Grants.Everywhere(Permission.Read, Permission.Triage);

    private async Task<int> RecordAsync(TrackerSettings tracker, TrackerLink link, string status, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var moved = !string.Equals(link.ExternalStatus, status, StringComparison.Ordinal);
        link.ExternalStatus = status;
        link.CheckedAt = now;
        if (!moved || !tracker.Statuses.TryGetValue(status, out var to))
        {
            return 0;
        }

        var state = await store.Findings.AsNoTracking().Where(f => f.Id == link.FindingId).Select(f => f.State).FirstAsync(cancellationToken);
        if (state is not (FindingState.Open or FindingState.Reopened))
        {
            return 0;
        }

        var outcome = await changes.ChangeAsync(link.FindingId, tracker.Actor, PullBack, FindingStates.Name(to), $"{link.ExternalKey} is '{status}' in {tracker.Name}", null, cancellationToken);
        if (outcome.Result != FindingStateChanges.Result.Changed)
        {
            logger.LogWarning("tracker {Tracker}: finding {Finding} not confirmed from {Issue}: {Problem}", tracker.Name, link.FindingId, link.ExternalKey, outcome.Problem);
            return 0;
        }

        return 1;
    }
}
