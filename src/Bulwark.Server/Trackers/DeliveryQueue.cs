using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Trackers;

/// <summary>
/// The queue in <c>tracker_deliveries</c>: adding to it once, taking due items under a lease (so of several servers on
/// one database one sends an item at a time), recording how a send went, and giving a dead item another chance.
/// </summary>
internal sealed class DeliveryQueue(StoreContext store, TimeProvider clock)
{
    /// <summary>How long a server may take to send what it claimed before another may take it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Adds <paramref name="deliveries"/>, skipping each one already queued for its tracker, finding and change (another
    /// sweep, maybe on another server, queued it first). Returns how many were added.
    /// </summary>
    public async Task<int> AddAsync(IReadOnlyList<TrackerDelivery> deliveries, CancellationToken cancellationToken)
    {
        if (deliveries.Count == 0)
        {
            return 0;
        }

        try
        {
            store.TrackerDeliveries.AddRange(deliveries);
            await store.SaveChangesAsync(cancellationToken);
            return deliveries.Count;
        }
        catch (DbUpdateException)
        {
            store.ChangeTracker.Clear();
        }

        // Someone else queued some of them meanwhile: one at a time, and the duplicates are dropped.
        var added = 0;
        foreach (var delivery in deliveries)
        {
            delivery.Id = 0;
            try
            {
                store.TrackerDeliveries.Add(delivery);
                await store.SaveChangesAsync(cancellationToken);
                added++;
            }
            catch (DbUpdateException)
            {
                store.ChangeTracker.Clear();
            }
        }

        return added;
    }

    /// <summary>
    /// Claims up to <paramref name="limit"/> due deliveries of <paramref name="trackers"/> for this caller alone. Deliveries
    /// of one finding to one tracker go in order: one waits while an earlier one is not delivered (pending, or dead until
    /// retried), so an issue is never closed before it is made.
    /// </summary>
    public async Task<List<TrackerDelivery>> ClaimAsync(IReadOnlyCollection<string> trackers, int limit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await store.TrackerDeliveries.AsNoTracking()
            .Where(d => d.State == DeliveryStates.Pending && d.NextAttemptAt <= now && (d.LeasedUntil == null || d.LeasedUntil < now) && trackers.Contains(d.Tracker)
                && !store.TrackerDeliveries.Any(e => e.Tracker == d.Tracker && e.FindingId == d.FindingId && e.Id < d.Id && e.State != DeliveryStates.Delivered))
            .OrderBy(d => d.Id).Select(d => d.Id).Take(limit).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return [];
        }

        // The conditions are asked again in the UPDATE: PostgreSQL re-checks them on a row another server changed
        // meanwhile, so only one of two servers claiming the same row gets it.
        var claim = Guid.NewGuid().ToString("N");
        var until = now + Lease;
        await store.TrackerDeliveries
            .Where(d => due.Contains(d.Id) && d.State == DeliveryStates.Pending && (d.LeasedUntil == null || d.LeasedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeasedUntil, until).SetProperty(d => d.LeasedBy, claim), cancellationToken);
        return await store.TrackerDeliveries.Where(d => d.LeasedBy == claim).OrderBy(d => d.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Records how sending <paramref name="delivery"/> (claimed by this caller) went; the link, for a new issue.</summary>
    public async Task CompleteAsync(TrackerDelivery delivery, DeliveryOutcome outcome, int maxAttempts, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        delivery.Attempts++;
        delivery.LeasedUntil = null;
        delivery.LeasedBy = null;
        delivery.LastError = outcome.Error;
        switch (outcome.Result)
        {
            case DeliveryOutcome.Kind.Delivered:
                delivery.State = DeliveryStates.Delivered;
                delivery.DeliveredAt = now;
                if (outcome.Link is { } link)
                {
                    link.CreatedAt = now;
                    store.TrackerLinks.Add(link);
                }

                break;
            case DeliveryOutcome.Kind.Retry when delivery.Attempts < maxAttempts:
                delivery.NextAttemptAt = now + Backoff.After(delivery.Attempts, Random.Shared.NextDouble());
                break;
            case DeliveryOutcome.Kind.Retry:
                delivery.State = DeliveryStates.Dead;
                delivery.LastError = $"gave up after {delivery.Attempts} attempts; last: {outcome.Error}";
                break;
            default:
                delivery.State = DeliveryStates.Dead;
                break;
        }

        await store.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Puts a dead delivery back in the queue, due now, with its attempts counted from zero; false when it is not dead.</summary>
    public async Task<RetryResult> RetryAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var changed = await store.TrackerDeliveries.Where(d => d.Id == id && d.State == DeliveryStates.Dead)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, DeliveryStates.Pending).SetProperty(d => d.Attempts, 0)
                .SetProperty(d => d.NextAttemptAt, now).SetProperty(d => d.LeasedUntil, (DateTimeOffset?)null).SetProperty(d => d.LeasedBy, (string?)null), cancellationToken);
        if (changed > 0)
        {
            return RetryResult.Queued;
        }

        return await store.TrackerDeliveries.AnyAsync(d => d.Id == id, cancellationToken) ? RetryResult.NotDead : RetryResult.NotFound;
    }

    internal enum RetryResult
    {
        Queued,
        NotDead,
        NotFound,
    }
}
