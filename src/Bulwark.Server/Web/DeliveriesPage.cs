using Bulwark.Server.Store;
using Bulwark.Server.Trackers;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Web;

/// <summary>
/// <c>/ui/deliveries</c>, for administrators: how many deliveries to the issue trackers wait, and the dead ones (given
/// up after their attempts, or refused by the tracker) with the tracker's last answer and a button that queues one again.
/// </summary>
internal static class DeliveriesPage
{
    private const int Shown = 200;

    public static async Task<Markup> RenderAsync(StoreContext store, Viewer viewer, string? notice, CancellationToken cancellationToken)
    {
        var waiting = await store.TrackerDeliveries.AsNoTracking().Where(d => d.State == DeliveryStates.Pending)
            .GroupBy(d => d.Tracker).Select(g => new { Tracker = g.Key, Count = g.Count() }).OrderBy(g => g.Tracker).ToListAsync(cancellationToken);
        var dead = await store.TrackerDeliveries.AsNoTracking().Where(d => d.State == DeliveryStates.Dead)
            .OrderByDescending(d => d.Id).Take(Shown).ToListAsync(cancellationToken);
        var rows = dead.Select(d => Html.Of($"""
            <tr><td data-label="delivery">#{d.Id}</td><td data-label="tracker">{d.Tracker}</td><td data-label="finding"><a href="{WebPaths.Finding(d.FindingId)}">#{d.FindingId}</a></td><td data-label="action">{d.Action}</td><td class="num" data-label="attempts">{d.Attempts}</td><td class="title" data-label="last error">{d.LastError}</td>
            <td data-label="retry"><form method="post" action="{WebPaths.Deliveries}/{d.Id}/retry">{viewer.Csrf}<button type="submit">Retry</button></form></td></tr>
            """));
        var pending = waiting.Count == 0
            ? Html.Of($"<p class=\"muted\">Nothing is waiting to be sent.</p>")
            : Html.Of($"<ul>{waiting.Select(w => Html.Of($"<li><strong>{w.Count}</strong> waiting for {w.Tracker}</li>"))}</ul>");
        var body = Html.Of($"""
            <h1>Tracker deliveries</h1>
            {(notice is null ? Markup.Empty : Html.Of($"<p role=\"status\" id=\"notice\">{notice}</p>"))}
            <section class="panel" aria-labelledby="pending-heading">
            <h2 id="pending-heading">Waiting</h2>
            {pending}
            </section>
            <section class="panel" aria-labelledby="dead-heading">
            <h2 id="dead-heading">Dead letters</h2>
            {(dead.Count == 0 ? Html.Of($"<p class=\"muted\">None: every delivery was taken or is still being tried.</p>") : Html.Of($"""
                <table class="cards" id="dead">
                <thead><tr><th scope="col">delivery</th><th scope="col">tracker</th><th scope="col">finding</th><th scope="col">action</th><th scope="col" class="num">attempts</th><th scope="col">last error</th><th scope="col">retry</th></tr></thead>
                <tbody>{rows}</tbody>
                </table>
                """))}
            </section>
            """);
        return Layout.Page("Tracker deliveries", viewer, Layout.Section.Deliveries, body);
    }
}
