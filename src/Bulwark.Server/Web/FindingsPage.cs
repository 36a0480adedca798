using Bulwark.Server.Auth;
using Bulwark.Server.Products;
using System.Globalization;
using Bulwark.Server.Findings;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SeverityNames = Bulwark.Sdk.SeverityNames;

namespace Bulwark.Server.Web;

/// <summary>
/// <c>/ui/findings</c>: the findings list with the API's filters (product, state, severity and above, scanner, rule,
/// SLA status, sort) in a plain GET form, so a filtered list is a link, and paging links.
/// </summary>
internal static class FindingsPage
{
    private static readonly string[] Parameters = ["product", "state", "severity", "scanner", "rule", "sla", "sort"];

    /// <summary>The page and its status: 400 (404 for an unknown product) with the problem shown when the filter is not valid.</summary>
    public static async Task<(Markup Page, int Status)> RenderAsync(StoreContext store, Viewer viewer, IQueryCollection query, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A GET form sends empty fields for "any": they filter nothing.
        var values = Parameters.ToDictionary(p => p, p => query[p].ToString() is { Length: > 0 } v ? v.Trim() : null);
        int? page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        var filter = new FindingFilter(values["product"], values["state"], values["severity"], values["scanner"], values["rule"], values["sla"], values["sort"], page, null);
        var readable = await ProductAccess.IdsAsync(store, viewer.Grants, Permission.Read, cancellationToken);
        var products = await store.Products.AsNoTracking().Within(readable).OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var form = Form(values, products.Select(p => p.Name));

        var resolved = await filter.ResolveAsync(store, readable, cancellationToken);
        if (resolved.Query is not { } findingQuery)
        {
            var refused = Html.Of($"<h1>Findings</h1>{form}<p class=\"problem\" role=\"alert\">{resolved.Problem}</p>");
            return (Layout.Page("Findings", viewer, Layout.Section.Findings, refused), resolved.UnknownProduct ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest);
        }

        var policy = await SlaStore.GetAsync(store, cancellationToken);
        var (total, items) = await FindingList.ReadAsync(store, findingQuery, policy, now, cancellationToken);
        var names = products.ToDictionary(p => p.Id, p => p.Name);
        var body = Html.Of($"""
            <h1>Findings</h1>
            <section class="panel">{form}</section>
            <p class="muted" id="result-count">{total} {(total == 1 ? "finding" : "findings")}</p>
            {(items.Count == 0 ? Markup.Empty : Table(items, names, policy, now))}
            {Paging(values, findingQuery.Page, findingQuery.PageSize, total)}
            """);
        return (Layout.Page("Findings", viewer, Layout.Section.Findings, body), StatusCodes.Status200OK);
    }

    /// <summary>Findings as rows (cards on a phone): severity, title, product, where, state, SLA.</summary>
    public static Markup Table(IEnumerable<Finding> findings, IReadOnlyDictionary<long, string> productNames, SlaPolicy policy, DateTimeOffset now)
    {
        var rows = findings.Select(f => Html.Of($"""
            <tr><td data-label="severity">{Formats.Severity(f.Severity)}</td><td class="title" data-label="finding"><a href="{WebPaths.Finding(f.Id)}">{f.Title}</a></td><td data-label="product"><a href="{WebPaths.Product(productNames[f.ProductId])}">{productNames[f.ProductId]}</a></td><td data-label="where"><code>{Formats.Location(f.Path, f.Line)}</code></td><td data-label="state">{Formats.State(f.State)}</td><td data-label="SLA">{Formats.Sla(f, policy, now)}</td></tr>
            """));
        return Html.Of($"""
            <table class="cards findings">
            <thead><tr><th scope="col">severity</th><th scope="col">finding</th><th scope="col">product</th><th scope="col">where</th><th scope="col">state</th><th scope="col">SLA (due)</th></tr></thead>
            <tbody>{rows}</tbody>
            </table>
            """);
    }

    private static Markup Form(Dictionary<string, string?> values, IEnumerable<string> products)
    {
        var states = new[] { ("", "any"), (FindingStates.Unresolved, "unresolved (open, confirmed, reopened)") }
            .Concat(Enum.GetValues<FindingState>().Select(s => (FindingStates.Name(s), FindingStates.Name(s))));
        var severities = new[] { ("", "any") }.Concat(SeverityNames.All.Reverse().Select(s => (s, $"{s} and above")));
        var slas = new[] { ("", "any") }.Concat(SlaStatus.Names.Select(s => (s, s)));
        var sorts = FindingFilter.Sorts.Select(s => (s, s));
        return Html.Of($"""
            <form class="filters" method="get" action="{WebPaths.Findings}">
            <label>Product{Select("product", values["product"], new[] { ("", "any") }.Concat(products.Select(p => (p, p))))}</label>
            <label>State{Select("state", values["state"], states)}</label>
            <label>Severity{Select("severity", values["severity"], severities)}</label>
            <label>SLA{Select("sla", values["sla"], slas)}</label>
            <label>Scanner<input type="text" name="scanner" value="{values["scanner"]}" placeholder="any"></label>
            <label>Rule<input type="text" name="rule" value="{values["rule"]}" placeholder="any"></label>
            <label>Sort{Select("sort", values["sort"], sorts)}</label>
            <div><button type="submit">Filter</button> <a href="{WebPaths.Findings}">clear</a></div>
            </form>
            """);
    }

    private static Markup Select(string name, string? selected, IEnumerable<(string Value, string Text)> options) => Html.Of($"""
        <select name="{name}">{options.Select(o => string.Equals(o.Value, selected ?? "", StringComparison.OrdinalIgnoreCase)
            ? Html.Of($"<option value=\"{o.Value}\" selected>{o.Text}</option>")
            : Html.Of($"<option value=\"{o.Value}\">{o.Text}</option>"))}</select>
        """);

    private static Markup Paging(Dictionary<string, string?> values, int page, int size, int total)
    {
        var pages = Math.Max(1, (total + size - 1) / size);
        string Link(int to) => WebPaths.With(WebPaths.Findings, [.. values.Select(v => (v.Key, v.Value)), ("page", to == 1 ? null : to.ToString(CultureInfo.InvariantCulture))]);
        var previous = page > 1 ? Html.Of($"<a rel=\"prev\" href=\"{Link(page - 1)}\">← previous</a>") : Markup.Empty;
        var next = page < pages ? Html.Of($"<a rel=\"next\" href=\"{Link(page + 1)}\">next →</a>") : Markup.Empty;
        return Html.Of($"<nav class=\"pages\" aria-label=\"Pages\">{previous}<span>page {page} of {pages}</span>{next}</nav>");
    }
}
