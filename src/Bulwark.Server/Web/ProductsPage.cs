using Bulwark.Server.Auth;
using Bulwark.Server.Products;
using Bulwark.Server.Findings;
using Bulwark.Server.Store;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Web;

/// <summary>
/// <c>/ui/products</c>: every product (repositories, hosts, images) with its open findings per severity and its SLA
/// breaches; <c>?kind=host</c> lists the hosts alone.
/// </summary>
internal static class ProductsPage
{
    private static readonly string[] Kinds = ["repository", "host", "image", "other"];

    private static readonly string[] KindLabels = ["repositories", "hosts", "images", "other"];

    public static async Task<Markup> RenderAsync(StoreContext store, Viewer viewer, string? kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        kind = Kinds.Contains(kind) ? kind : null;
        var readable = await ProductAccess.IdsAsync(store, viewer.Grants, Permission.Read, cancellationToken);
        var products = store.Products.AsNoTracking().Within(readable);
        var list = await (kind is null ? products : products.Where(p => p.Kind == kind)).OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.Kind }).ToListAsync(cancellationToken);
        var open = (await store.Findings.AsNoTracking().Within(readable).Where(f => SlaStatus.Running.Contains(f.State))
            .GroupBy(f => new { f.ProductId, f.Severity }).Select(g => new { g.Key.ProductId, g.Key.Severity, Count = g.Count() })
            .ToListAsync(cancellationToken)).ToLookup(g => g.ProductId);
        var policy = await SlaStore.GetAsync(store, cancellationToken);
        var breached = await SlaStatus.Filter(store.Findings.AsNoTracking().Within(readable), SlaStatus.Breached, policy, now)
            .GroupBy(f => f.ProductId).Select(g => new { ProductId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.ProductId, g => g.Count, cancellationToken);

        var severities = new[] { 4, 3, 2, 1, 0 };
        var rows = list.Select(p => Html.Of($"""
            <tr><td class="title" data-label="product"><a href="{WebPaths.Product(p.Name)}">{p.Name}</a></td><td data-label="kind">{p.Kind}</td>{severities.Select(s => Html.Of($"<td class=\"num\" data-label=\"{Formats.SeverityName(s)}\">{open[p.Id].Where(g => g.Severity == s).Sum(g => g.Count)}</td>"))}<td class="num" data-label="breached">{breached.GetValueOrDefault(p.Id)}</td></tr>
            """));
        var filters = new[] { ((string?)null, "all") }.Concat(Kinds.Select((k, i) => ((string?)k, KindLabels[i]))).Select(k => k.Item1 == kind
            ? Html.Of($"<strong>{k.Item2}</strong>")
            : Html.Of($"<a href=\"{WebPaths.With(WebPaths.Products, ("kind", k.Item1))}\">{k.Item2}</a>"));
        var body = Html.Of($"""
            <h1>{(kind is null ? "Products" : $"Products: {KindLabels[Array.IndexOf(Kinds, kind)]}")}</h1>
            <nav class="pages" aria-label="Kinds">{filters}</nav>
            {(list.Count == 0 ? Html.Of($"<p class=\"muted\">Nothing here yet: products appear with their first scan.</p>") : Html.Of($"""
                <table class="cards" id="products">
                <thead><tr><th scope="col">product</th><th scope="col">kind</th>{severities.Select(s => Html.Of($"<th scope=\"col\" class=\"num\">{Formats.SeverityName(s)}</th>"))}<th scope="col" class="num">breached</th></tr></thead>
                <tbody>{rows}</tbody>
                </table>
                <p class="muted">Open (open, confirmed or reopened) findings per severity.</p>
                """))}
            """);
        return Layout.Page("Products", viewer, Layout.Section.Products, body);
    }
}
