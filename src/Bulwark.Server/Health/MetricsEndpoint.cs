using Bulwark.Server.Hosting;
using System.Globalization;
using System.Text;
using Bulwark.Server.Auth;
using Bulwark.Server.Findings;
using Bulwark.Server.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Bulwark.Sdk;

namespace Bulwark.Server.Health;

/// <summary>
/// <c>GET /metrics</c> in the Prometheus text format (version 0.0.4): this process's counters, and from the database
/// the findings by state and severity and the breached ones. Needs a read token (<c>authorization: credentials</c> in
/// the scrape config): finding counts say something about the products.
/// </summary>
internal static class MetricsEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/metrics", WriteAsync).RequireAuthorization(ServerAuthentication.Api(Permission.Read)).ExcludeFromDescription();

    private static async Task<IResult> WriteAsync(HttpContext context, StoreContext store, ServerMetrics metrics, TimeProvider clock, CancellationToken cancellationToken)
    {
        // The counts are of every product: a token whose roles hold on some products only does not see them.
        if (!Grants.From(context.User).Has(Permission.Read))
        {
            return Problems.Forbidden("the metrics count every product's findings: they need read on every product");
        }

        var text = new StringBuilder();
        Counter(text, "bulwark_scans_imported_total", "Scans this process imported.", metrics.Scans);
        Counter(text, "bulwark_findings_imported_total", "Findings in the scans this process imported.", metrics.Findings);
        Counter(text, "bulwark_finding_state_changes_total", "Findings whose state people changed through this process.", metrics.StateChanges);
        Counter(text, "bulwark_uploads_refused_total", "Uploads this process refused as malformed.", metrics.RefusedUploads);

        var counts = await store.Findings.AsNoTracking().GroupBy(f => new { f.State, f.Severity })
            .Select(g => new { g.Key.State, g.Key.Severity, Count = g.Count() }).ToListAsync(cancellationToken);
        text.Append("# HELP bulwark_findings Findings in the database, by state and severity.\n# TYPE bulwark_findings gauge\n");
        foreach (var group in counts.OrderBy(c => c.State).ThenBy(c => c.Severity))
        {
            text.Append(CultureInfo.InvariantCulture, $"bulwark_findings{{state=\"{FindingStates.Name(group.State)}\",severity=\"{((Severity)group.Severity).Name()}\"}} {group.Count}\n");
        }

        var breached = await SlaStatus.Filter(store.Findings.AsNoTracking(), SlaStatus.Breached, await SlaStore.GetAsync(store, cancellationToken), clock.GetUtcNow()).CountAsync(cancellationToken);
        text.Append("# HELP bulwark_findings_sla_breached Findings past their SLA due date.\n# TYPE bulwark_findings_sla_breached gauge\n");
        text.Append(CultureInfo.InvariantCulture, $"bulwark_findings_sla_breached {breached}\n");
        var deliveries = await store.TrackerDeliveries.AsNoTracking().Where(d => d.State != Trackers.DeliveryStates.Delivered)
            .GroupBy(d => d.State).Select(g => new { State = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.State, g => g.Count, cancellationToken);
        text.Append("# HELP bulwark_tracker_deliveries Deliveries to issue trackers not yet taken: pending (being tried) and dead (given up).\n# TYPE bulwark_tracker_deliveries gauge\n");
        foreach (var state in new[] { Trackers.DeliveryStates.Pending, Trackers.DeliveryStates.Dead })
        {
            text.Append(CultureInfo.InvariantCulture, $"bulwark_tracker_deliveries{{state=\"{state}\"}} {deliveries.GetValueOrDefault(state)}\n");
        }

        return Results.Text(text.ToString(), "text/plain; version=0.0.4; charset=utf-8");
    }

    private static void Counter(StringBuilder text, string name, string help, long value) =>
        text.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} counter\n{name} {value}\n");
}
