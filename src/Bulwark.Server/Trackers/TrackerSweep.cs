using Bulwark.Server.Findings;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;
using Severity = Bulwark.Sdk.Severity;
using SeverityNames = Bulwark.Sdk.SeverityNames;

namespace Bulwark.Server.Trackers;

/// <summary>
/// Finds a tracker's work by asking the database, so the import path does nothing for trackers: unresolved findings
/// that match the tracker's rule and were never queued for it get a <c>create</c>; state changes since the tracker's
/// cursor get the transition (JIRA, GitHub: of findings that have an issue) or an event (webhook).
/// </summary>
internal sealed class TrackerSweep(StoreContext store, TimeProvider clock, TrackerConfig config, DeliveryQueue queue)
{
    private const int Batch = 500;

    // Changes are read again until they are this old: a change written by a transaction that committed late (its id
    // below one already seen) is still found. The unique index makes reading one twice harmless.
    private static readonly TimeSpan Settled = TimeSpan.FromMinutes(10);

    private static readonly FindingState[] IssueChanges = [FindingState.Fixed, FindingState.RiskAccepted, FindingState.FalsePositive, FindingState.Reopened, FindingState.Open];

    private static readonly FindingState[] Closed = [FindingState.Fixed, FindingState.RiskAccepted, FindingState.FalsePositive];

    /// <summary>Queues what <paramref name="tracker"/> has not been told; returns how many deliveries were added.</summary>
    public async Task<int> RunAsync(TrackerSettings tracker, CancellationToken cancellationToken)
    {
        var products = (await store.Products.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken))
            .Where(p => tracker.Products.Matches(p.Name)).ToDictionary(p => p.Id, p => p.Name);
        var added = 0;
        for (var round = 0; round < 20; round++)
        {
            var news = await NewFindingsAsync(tracker, products, cancellationToken);
            added += await queue.AddAsync(news, cancellationToken);
            if (news.Count < Batch)
            {
                break;
            }
        }

        return added + await ChangesAsync(tracker, products, cancellationToken);
    }

    private async Task<List<TrackerDelivery>> NewFindingsAsync(TrackerSettings tracker, Dictionary<long, string> products, CancellationToken cancellationToken)
    {
        var ids = products.Keys.ToList();
        var findings = await store.Findings.AsNoTracking()
            .Where(f => ids.Contains(f.ProductId) && f.Severity >= tracker.MinSeverity && SlaStatus.Running.Contains(f.State)
                && !store.TrackerDeliveries.Any(d => d.Tracker == tracker.Name && d.FindingId == f.Id && d.ChangeId == 0))
            .OrderBy(f => f.Id).Take(Batch).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. findings.Select(f => Delivery(tracker, f, products[f.ProductId], 0, DeliveryStates.Create, FindingEvent.New, null, now))];
    }

    private async Task<int> ChangesAsync(TrackerSettings tracker, Dictionary<long, string> products, CancellationToken cancellationToken)
    {
        var key = $"tracker:{tracker.Name}:changes";
        var setting = await store.Settings.FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        var now = clock.GetUtcNow();
        if (setting is null)
        {
            // A new tracker starts from now: its findings' history before it is not replayed.
            var start = await store.FindingChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
            await SaveCursorAsync(key, null, start, now, cancellationToken);
            return 0;
        }

        var cursor = long.Parse(setting.Value, System.Globalization.CultureInfo.InvariantCulture);
        var changes = store.FindingChanges.AsNoTracking().Where(c => c.Id > cursor
            && !store.TrackerDeliveries.Any(d => d.Tracker == tracker.Name && d.FindingId == c.FindingId && d.ChangeId == c.Id));
        if (tracker.Kind == TrackerKind.Webhook)
        {
            var ids = products.Keys.ToList();
            changes = changes.Where(c => store.Findings.Any(f => f.Id == c.FindingId && ids.Contains(f.ProductId) && f.Severity >= tracker.MinSeverity));
        }
        else
        {
            changes = changes.Where(c => IssueChanges.Contains(c.To)
                && store.TrackerDeliveries.Any(d => d.Tracker == tracker.Name && d.FindingId == c.FindingId && d.ChangeId == 0));
        }

        var found = await changes.OrderBy(c => c.Id).Take(Batch)
            .Join(store.Findings.AsNoTracking(), c => c.FindingId, f => f.Id, (c, f) => new { Change = c, Finding = f })
            .ToListAsync(cancellationToken);
        var deliveries = new List<TrackerDelivery>();
        foreach (var (change, finding) in found.Select(x => (x.Change, x.Finding)))
        {
            if (Action(tracker, change) is { } action && products.TryGetValue(finding.ProductId, out var product))
            {
                var snapshot = finding;
                snapshot.State = change.To;
                deliveries.Add(Delivery(tracker, snapshot, product, change.Id, action, FindingEvent.Changed(FindingStates.Name(change.To)), change.Reason, now));
            }
        }

        var added = await queue.AddAsync(deliveries, cancellationToken);
        var settled = await store.FindingChanges.Where(c => c.Id > cursor && c.At <= now - Settled).MaxAsync(c => (long?)c.Id, cancellationToken);
        var next = found.Count == Batch ? Math.Min(settled ?? cursor, found[^1].Change.Id) : settled ?? cursor;
        if (next > cursor)
        {
            await SaveCursorAsync(key, setting, next, now, cancellationToken);
        }

        return added;
    }

    // What the change asks of the tracker; null when nothing (JIRA without a transition for it, a move between open states).
    private static string? Action(TrackerSettings tracker, FindingChange change)
    {
        var action = change.To switch
        {
            FindingState.Open when change.From is { } from && Closed.Contains(from) => "reopened",
            FindingState.Reopened => "reopened",
            _ => FindingStates.Name(change.To),
        };
        return tracker.Kind switch
        {
            TrackerKind.Webhook => action,
            TrackerKind.Jira => tracker.Transitions.ContainsKey(action) ? action : null,
            _ => action is "fixed" or "risk-accepted" or "false-positive" or "reopened" ? action : null,
        };
    }

    private TrackerDelivery Delivery(TrackerSettings tracker, Finding f, string product, long changeId, string action, string @event, string? reason, DateTimeOffset now)
    {
        var snapshot = new FindingEvent.Snapshot(f.Id, product, f.RuleId, SeverityNames.Name((Severity)f.Severity), FindingStates.Name(f.State), f.Title, f.Message,
            f.Path is null ? "" : f.Line > 0 ? $"{f.Path}:{f.Line}" : f.Path, config.FindingUrl(f.Id));
        return new TrackerDelivery
        {
            Tracker = tracker.Name,
            FindingId = f.Id,
            ChangeId = changeId,
            Action = action,
            Payload = new FindingEvent(@event, snapshot, reason, now).ToJson(),
            State = DeliveryStates.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    private async Task SaveCursorAsync(string key, Setting? setting, long value, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (setting is null)
        {
            store.Settings.Add(new Setting { Key = key, Value = text, ChangedAt = now, ChangedBy = "bulwark-server" });
        }
        else
        {
            setting.Value = text;
            setting.ChangedAt = now;
        }

        try
        {
            await store.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another server moved it at the same moment; its value is as good.
            store.ChangeTracker.Clear();
        }
    }
}
