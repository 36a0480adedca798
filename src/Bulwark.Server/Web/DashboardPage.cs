using Bulwark.Server.Auth;
using Bulwark.Server.Products;
using Bulwark.Server.Findings;
using Bulwark.Server.Store;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Web;

/// <summary>
/// <c>/ui</c>: open findings by severity over the last 30 days, what is breached or soon due under the SLA, the rules
/// with the most open findings and the newest critical ones. Every number links to the list behind it.
/// </summary>
internal static class DashboardPage
{
    public const int Days = 30;

    public static async Task<Markup> RenderAsync(StoreContext store, Viewer viewer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var policy = await SlaStore.GetAsync(store, cancellationToken);
        var readable = await ProductAccess.IdsAsync(store, viewer.Grants, Permission.Read, cancellationToken);
        var byDay = await OpenFindingsByDay.ReadAsync(store, readable, now, Days, cancellationToken);
        var findings = store.Findings.AsNoTracking().Within(readable);
        var breached = await SlaStatus.Filter(findings, SlaStatus.Breached, policy, now).CountAsync(cancellationToken);
        var soonDue = await SlaStatus.Filter(findings, SlaStatus.SoonDue, policy, now).CountAsync(cancellationToken);
        var topRules = await findings.Where(f => SlaStatus.Running.Contains(f.State))
            .GroupBy(f => new { f.RuleId, f.Scanner })
            .Select(g => new { g.Key.RuleId, g.Key.Scanner, Count = g.Count(), Worst = g.Max(f => f.Severity) })
            .OrderByDescending(r => r.Count).ThenBy(r => r.RuleId).Take(10).ToListAsync(cancellationToken);
        var critical = await findings.Where(f => f.Severity == 4 && SlaStatus.Running.Contains(f.State))
            .OrderByDescending(f => f.FirstSeen).ThenByDescending(f => f.Id).Take(10)
            .Join(store.Products.AsNoTracking(), f => f.ProductId, p => p.Id, (f, p) => new { f.Id, f.Title, f.Path, f.Line, f.FirstSeen, Product = p.Name })
            .ToListAsync(cancellationToken);

        var today = byDay[^1].Open;
        var unresolved = FindingStates.Unresolved;
        var tiles = new[] { 4, 3, 2, 1 }.Select(s => Html.Of($"""
            <a class="tile tile-{Formats.SeverityName(s)}" href="{WebPaths.With(WebPaths.Findings, ("state", unresolved), ("severity", Formats.SeverityName(s)))}"><strong>{today[s]}</strong><span>open {Formats.SeverityName(s)}</span></a>
            """));
        var ruleRows = topRules.Select(r => Html.Of($"""
            <tr><td><a href="{WebPaths.With(WebPaths.Findings, ("state", unresolved), ("rule", r.RuleId), ("scanner", r.Scanner))}"><code>{r.RuleId}</code></a> <span class="muted">{r.Scanner}</span></td><td>{Formats.Severity(r.Worst)}</td><td class="num">{r.Count}</td></tr>
            """));
        var criticalRows = critical.Select(f => Html.Of($"""
            <tr><td class="title"><a href="{WebPaths.Finding(f.Id)}">{f.Title}</a><br><span class="muted"><a href="{WebPaths.Product(f.Product)}">{f.Product}</a> · <code>{Formats.Location(f.Path, f.Line)}</code></span></td><td>{Formats.Date(f.FirstSeen)}</td></tr>
            """));
        var body = Html.Of($"""
            <h1>Dashboard</h1>
            <div class="tiles">
            {tiles}
            <a class="tile breached" id="sla-breached" href="{WebPaths.With(WebPaths.Findings, ("sla", SlaStatus.Breached))}"><strong>{breached}</strong><span>SLA breached</span></a>
            <a class="tile soon-due" id="sla-soon-due" href="{WebPaths.With(WebPaths.Findings, ("sla", SlaStatus.SoonDue))}"><strong>{soonDue}</strong><span>SLA soon due</span></a>
            </div>
            <section class="panel" aria-labelledby="chart-heading">
            <h2 id="chart-heading">Open findings by severity</h2>
            {SeverityChart.Render(byDay)}
            </section>
            <div class="grid">
            <section class="panel" aria-labelledby="rules-heading">
            <h2 id="rules-heading">Top rules by open findings</h2>
            {(topRules.Count == 0 ? Html.Of($"<p class=\"muted\">No open findings.</p>") : Html.Of($"""
                <div class="scroll"><table id="top-rules"><thead><tr><th scope="col">rule (scanner)</th><th scope="col">worst</th><th scope="col" class="num">open</th></tr></thead>
                <tbody>{ruleRows}</tbody></table></div>
                """))}
            </section>
            <section class="panel" aria-labelledby="critical-heading">
            <h2 id="critical-heading">Newest critical findings</h2>
            {(critical.Count == 0 ? Html.Of($"<p class=\"muted\">No open critical findings.</p>") : Html.Of($"""
                <div class="scroll"><table id="newest-critical"><thead><tr><th scope="col">finding (product · where)</th><th scope="col">first seen</th></tr></thead>
                <tbody>{criticalRows}</tbody></table></div>
                """))}
            </section>
            </div>
            """);
        return Layout.Page("Dashboard", viewer, Layout.Section.Dashboard, body);
    }
}
