using Bulwark.Server.Audit;
using Bulwark.Server.Store;

namespace Bulwark.Server.Trackers;

/// <summary>An administrator's "send it again" for a dead delivery, through the API or the web UI: recorded in the ledger first, then queued.</summary>
internal static class DeliveryRetry
{
    /// <summary>The result, and the ledger's refusal when it refused (then nothing was changed).</summary>
    public static async Task<(DeliveryQueue.RetryResult? Result, string? NotRecorded)> RunAsync(
        StoreContext store, TimeProvider clock, ServerLedger ledger, string actor, long id, CancellationToken cancellationToken)
    {
        var delivery = await store.TrackerDeliveries.FindAsync([id], cancellationToken);
        if (delivery is null || delivery.State != DeliveryStates.Dead)
        {
            return (delivery is null ? DeliveryQueue.RetryResult.NotFound : DeliveryQueue.RetryResult.NotDead, null);
        }

        var payload = new { tracker = delivery.Tracker, findingId = delivery.FindingId, action = delivery.Action, lastError = delivery.LastError };
        if (await ledger.RecordAsync(actor, "tracker.delivery.retried", $"delivery/{id}", "retry a dead delivery", payload, cancellationToken) is { } refused)
        {
            return (null, refused);
        }

        return (await new DeliveryQueue(store, clock).RetryAsync(id, cancellationToken), null);
    }
}
