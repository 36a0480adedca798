using System.Text.Json;
using Bulwark.Server.Findings;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bulwark.Server.Trackers;

/// <summary>
/// The trackers' background work, every sweep interval: queue what the trackers have not been told, send what is due,
/// and pull JIRA statuses when their time has come. A tracker that fails is logged and retried later; it never stops
/// the others or the server.
/// </summary>
internal sealed class TrackerWorker(
    IServiceScopeFactory scopes, TrackerConfig config, TrackerClients clients, TimeProvider clock, ILogger<TrackerWorker> logger) : BackgroundService
{
    private const int PerClaim = 20;
    private const int MaxRounds = 50;

    // One run at a time in this process; other processes are kept apart by the queue's leases and unique index.
    private readonly SemaphoreSlim _running = new(1, 1);

    /// <summary>One sweep, send and pull, now (the loop's step; tests call it instead of waiting).</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await _running.WaitAsync(cancellationToken);
        try
        {
            foreach (var tracker in config.Trackers)
            {
                await using var scope = scopes.CreateAsyncScope();
                var store = scope.ServiceProvider.GetRequiredService<StoreContext>();
                await new TrackerSweep(store, clock, config, new DeliveryQueue(store, clock)).RunAsync(tracker, cancellationToken);
            }

            await DeliverAsync(cancellationToken);
            foreach (var tracker in config.Trackers.Where(t => t.Kind == TrackerKind.Jira))
            {
                await using var scope = scopes.CreateAsyncScope();
                var services = scope.ServiceProvider;
                await new JiraPull(services.GetRequiredService<StoreContext>(), clock, services.GetRequiredService<FindingStateChanges>(), logger)
                    .RunAsync(tracker, (JiraClient)clients.For(tracker.Name), cancellationToken);
            }
        }
        finally
        {
            _running.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(config.SweepInterval, clock, stoppingToken);
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever failed (the database away while it fails over, a tracker's odd answer), the server keeps
                // serving and the next round tries again: what is queued stays queued.
                logger.LogError(e, "trackers: this round failed and is tried again in {Interval}", config.SweepInterval);
            }
        }
    }

    private async Task DeliverAsync(CancellationToken cancellationToken)
    {
        var names = config.Trackers.Select(t => t.Name).ToList();
        for (var round = 0; round < MaxRounds; round++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<StoreContext>();
            var queue = new DeliveryQueue(store, clock);
            var claimed = await queue.ClaimAsync(names, PerClaim, cancellationToken);
            if (claimed.Count == 0)
            {
                return;
            }

            foreach (var delivery in claimed)
            {
                var link = await store.TrackerLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Tracker == delivery.Tracker && l.FindingId == delivery.FindingId, cancellationToken);
                var outcome = await SendAsync(delivery, link, cancellationToken);
                if (outcome.Result != DeliveryOutcome.Kind.Delivered)
                {
                    logger.LogWarning("tracker {Tracker}: delivery {Delivery} ({Action} of finding {Finding}) failed, attempt {Attempt}: {Error}",
                        delivery.Tracker, delivery.Id, delivery.Action, delivery.FindingId, delivery.Attempts + 1, outcome.Error);
                }

                await queue.CompleteAsync(delivery, outcome, config.MaxAttempts, cancellationToken);
            }
        }
    }

    // A tracker's odd answer (not the JSON it documents) is a failed attempt of that delivery, not the end of the round.
    private async Task<DeliveryOutcome> SendAsync(TrackerDelivery delivery, TrackerLink? link, CancellationToken cancellationToken)
    {
        var client = clients.For(delivery.Tracker);
        try
        {
            return await client.DeliverAsync(delivery, FindingEvent.FromJson(delivery.Payload), link, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return DeliveryOutcome.Later(clients.Redact(delivery.Tracker, $"the tracker's answer was not understood: {e.Message}"));
        }
    }
}
