using Bulwark.Server.Auth;
using Bulwark.Server.Findings;
using Bulwark.Server.Products;
using Bulwark.Server.Store;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Web;

/// <summary>
/// <c>/ui/products/{name}</c>: a product's (or host's) kind, its findings per severity (open, breached, soon due,
/// fixed, and the days fixing took), its latest scans, and its open findings, most severe first.
/// </summary>
internal static class ProductPage
{
    private const int Shown = 50;

    /// <summary>The page; null when there is no such product.</summary>
    public static async Task<Markup?> RenderAsync(StoreContext store, Viewer viewer, string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var product = await store.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Name == name, cancellationToken);
        if (product is null || !viewer.Grants.Has(Permission.Read, product.Name))
        {
            return null;
        }

        var policy = await SlaStore.GetAsync(store, cancellationToken);
        var stats = await ProductStats.ReadAsync(store, product.Id, policy, now, cancellationToken);
        var scans = await store.Scans.AsNoTracking().Where(s => s.ProductId == product.Id).OrderByDescending(s => s.Id).Take(10)
            .Select(s => new { s.Id, s.Tool, s.Scope, s.Revision, s.ReceivedAt, s.FindingCount, s.NewCount, s.FixedCount, s.ReopenedCount, s.UploadedBy })
            .ToListAsync(cancellationToken);
        var query = new FindingQuery(product.Id, SlaStatus.Running, null, null, null, null, FindingFilter.Sorts[0], 1, Shown);
        var (total, open) = await FindingList.ReadAsync(store, query, policy, now, cancellationToken);

        var statRows = stats.Select(l => Html.Of($"""
            <tr><td data-label="severity">{Formats.Severity(l.Severity)}</td><td class="num" data-label="open">{l.Open}</td><td class="num" data-label="breached">{l.Breached}</td><td class="num" data-label="soon due">{l.SoonDue}</td><td class="num" data-label="fixed">{l.Fixed}</td><td class="num" data-label="mean days to fix">{Formats.Days(l.MeanDaysToFix)}</td><td class="num" data-label="median days to fix">{Formats.Days(l.MedianDaysToFix)}</td></tr>
            """));
        var scanRows = scans.Select(s => Html.Of($"""
            <tr><td data-label="scan">#{s.Id}</td><td data-label="received">{Formats.Time(s.ReceivedAt)}</td><td data-label="tool">{s.Tool} <span class="muted">({s.Scope})</span></td><td data-label="revision"><code>{s.Revision ?? "–"}</code></td><td class="num" data-label="findings">{s.FindingCount}</td><td class="num" data-label="new">{s.NewCount}</td><td class="num" data-label="fixed">{s.FixedCount}</td><td class="num" data-label="reopened">{s.ReopenedCount}</td><td data-label="by">{s.UploadedBy}</td></tr>
            """));
        var all = WebPaths.With(WebPaths.Findings, ("product", product.Name), ("state", FindingStates.Unresolved));
        var body = Html.Of($"""
            <p class="muted"><a href="{WebPaths.With(WebPaths.Products, ("kind", product.Kind))}">{product.Kind}</a> · known since {Formats.Date(product.CreatedAt)}</p>
            <h1>{product.Name}</h1>
            <section class="panel" aria-labelledby="stats-heading">
            <h2 id="stats-heading">Findings by severity</h2>
            <table class="cards" id="product-stats">
            <thead><tr><th scope="col">severity</th><th scope="col" class="num">open</th><th scope="col" class="num">breached</th><th scope="col" class="num">soon due</th><th scope="col" class="num">fixed</th><th scope="col" class="num">mean days to fix</th><th scope="col" class="num">median days to fix</th></tr></thead>
            <tbody>{statRows}</tbody>
            </table>
            <p class="muted">SLA: critical {policy.Critical}, high {policy.High}, medium {policy.Medium}, low {policy.Low} days to fix.</p>
            </section>
            <section class="panel" aria-labelledby="open-heading">
            <h2 id="open-heading">Open findings ({total})</h2>
            {(open.Count == 0 ? Html.Of($"<p class=\"muted\">None open.</p>") : FindingsPage.Table(open, new Dictionary<long, string> { [product.Id] = product.Name }, policy, now))}
            {(total > open.Count ? Html.Of($"<p><a href=\"{all}\">All {total} open findings</a></p>") : Markup.Empty)}
            </section>
            <section class="panel" aria-labelledby="scans-heading">
            <h2 id="scans-heading">Latest scans</h2>
            <div class="scroll">
            <table id="scans">
            <thead><tr><th scope="col">scan</th><th scope="col">received</th><th scope="col">tool (scanners)</th><th scope="col">revision</th><th scope="col" class="num">findings</th><th scope="col" class="num">new</th><th scope="col" class="num">fixed</th><th scope="col" class="num">reopened</th><th scope="col">by</th></tr></thead>
            <tbody>{scanRows}</tbody>
            </table>
            </div>
            </section>
            """);
        return Layout.Page(product.Name, viewer, Layout.Section.Products, body);
    }
}
