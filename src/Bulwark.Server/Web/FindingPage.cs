using Bulwark.Server.Auth;
using Bulwark.Server.Changes;
using Bulwark.Server.Products;
using System.Globalization;
using Bulwark.Server.Findings;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Web;

/// <summary>
/// <c>/ui/findings/{id}</c>: everything the API's detail holds (message, rule, scanner, place, fingerprint, first and
/// last sightings, due date and SLA), its issues in trackers with their last known status, the evidence, the history, the
/// change requests about it that wait for approval, and for those who may change it the form that changes the state (or
/// asks for the change, when it lowers security).
/// </summary>
internal static class FindingPage
{
    /// <summary>What was typed into the state form, and why it was refused, to show again.</summary>
    internal sealed record StateForm(string? State, string? Reason, string? Until, string? Problem);

    /// <summary>The page; null when there is no such finding.</summary>
    public static async Task<Markup?> RenderAsync(StoreContext store, Viewer viewer, long id, DateTimeOffset now, StateForm? form, CancellationToken cancellationToken)
    {
        var readable = await ProductAccess.IdsAsync(store, viewer.Grants, Permission.Read, cancellationToken);
        if (await FindingDetail.ReadAsync(store, id, readable, cancellationToken) is not { } detail)
        {
            return null;
        }

        var (finding, history) = detail;
        var product = await store.Products.AsNoTracking().Where(p => p.Id == finding.ProductId).Select(p => new { p.Name, p.Kind }).FirstAsync(cancellationToken);
        var policy = await SlaStore.GetAsync(store, cancellationToken);
        var steps = history.AsEnumerable().Reverse().Select(h => Html.Of($"""
            <tr><td data-label="when">{Formats.Time(h.At)}</td><td data-label="who">{h.Actor}</td><td data-label="from">{h.From ?? "–"}</td><td data-label="to">{h.To}</td><td class="title" data-label="why">{h.Reason}</td></tr>
            """));
        var issues = (await store.TrackerLinks.AsNoTracking().Where(l => l.FindingId == id).OrderBy(l => l.Tracker).ToListAsync(cancellationToken))
            .Select(l => Html.Of($"<dt>in {l.Tracker}</dt><dd class=\"issue\"><a href=\"{l.Url}\" rel=\"noreferrer\">{l.ExternalKey}</a> {(l.ExternalStatus is { } status ? Html.Of($"· {status} (as of {Formats.Time(l.CheckedAt)})") : Markup.Empty)}</dd>"));
        var waiting = await PendingAsync(store, finding.Id, product.Name, cancellationToken);
        var accepted = finding.State == FindingState.RiskAccepted ? Html.Of($"<dt>accepted until</dt><dd>{Formats.Time(finding.AcceptedUntil)}</dd>") : Markup.Empty;
        var body = Html.Of($"""
            <p class="muted"><a href="{WebPaths.Product(product.Name)}">{product.Name}</a> · {product.Kind}</p>
            <h1>{finding.Title}</h1>
            <p>{Formats.Severity(finding.Severity)} {Formats.State(finding.State)} {Formats.Sla(finding, policy, now)}</p>
            <div class="grid">
            <section class="panel" aria-labelledby="facts-heading">
            <h2 id="facts-heading">Finding #{finding.Id}</h2>
            <dl class="facts">
            <dt>message</dt><dd>{finding.Message}</dd>
            <dt>rule</dt><dd><a href="{WebPaths.With(WebPaths.Findings, ("rule", finding.RuleId), ("state", FindingStates.Unresolved))}"><code>{finding.RuleId}</code></a></dd>
            <dt>scanner</dt><dd>{finding.Scanner}</dd>
            <dt>where</dt><dd><code>{Formats.Location(finding.Path, finding.Line)}</code></dd>
            <dt>fingerprint</dt><dd><code>{finding.Fingerprint}</code></dd>
            <dt>first seen</dt><dd>{Formats.Time(finding.FirstSeen)} (scan #{finding.FirstScanId})</dd>
            <dt>last seen</dt><dd>{Formats.Time(finding.LastSeen)} (scan #{finding.LastScanId})</dd>
            <dt>fixed</dt><dd>{Formats.Time(finding.FixedAt)}</dd>
            {accepted}
            {issues}
            <dt>due</dt><dd>{(SlaStatus.Running.Contains(finding.State) ? Formats.Time(SlaStatus.Due(finding, policy)) : Html.Text("– (no SLA clock in this state)"))}</dd>
            </dl>
            </section>
            {(viewer.MayChangeState(product.Name) ? Form(finding, viewer, form, now) : Html.Of($"<section class=\"panel\"><h2>State</h2><p class=\"muted\">Changing the state needs the security-analyst or administrator role (asking for a risk acceptance, the developer role).</p></section>"))}
            </div>
            {waiting}
            <section class="panel" aria-labelledby="evidence-heading">
            <h2 id="evidence-heading">Evidence</h2>
            {(string.IsNullOrEmpty(finding.Evidence) ? Html.Of($"<p class=\"muted\">The scanner gave none.</p>") : Html.Of($"<pre class=\"evidence\">{finding.Evidence}</pre>"))}
            </section>
            <section class="panel" id="history" aria-labelledby="history-heading">
            <h2 id="history-heading">History</h2>
            <table class="cards" id="history-table">
            <thead><tr><th scope="col">when</th><th scope="col">who</th><th scope="col">from</th><th scope="col">to</th><th scope="col">why</th></tr></thead>
            <tbody>{steps}</tbody>
            </table>
            </section>
            """);
        return Layout.Page(finding.Title, viewer, Layout.Section.Findings, body);
    }

    // Change requests about this finding that wait for a decision: its state changes when they are approved.
    private static async Task<Markup> PendingAsync(StoreContext store, long id, string product, CancellationToken cancellationToken)
    {
        var requests = (await store.ChangeRequests.AsNoTracking()
                .Where(r => r.State == ChangeState.Pending && r.Product == product && (r.Kind == ChangeKinds.RiskAcceptance || r.Kind == ChangeKinds.FalsePositive))
                .OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .Where(r => FindingChangeKind.FindingsOf(r).Contains(id)).ToList();
        if (requests.Count == 0)
        {
            return Markup.Empty;
        }

        var items = requests.Select(r => Html.Of($"""
            <li>Waiting for approval, <a href="{WebPaths.Changes}#change-{r.Id}">request #{r.Id}</a>: {r.Kind} asked by {r.RequesterName} ({r.Reason}); expires {Formats.Time(r.ExpiresAt)}</li>
            """));
        return Html.Of($"""
            <section class="panel" id="changes" aria-labelledby="changes-heading">
            <h2 id="changes-heading">Waiting for approval</h2>
            <ul>{items}</ul>
            </section>
            """);
    }

    private static Markup Form(Finding finding, Viewer viewer, StateForm? form, DateTimeOffset now)
    {
        var chosen = form?.State ?? (finding.State == FindingState.Open ? FindingStates.Name(FindingState.Confirmed) : FindingStates.Name(FindingState.Open));
        var options = FindingStates.Settable.Select(s => FindingStates.Name(s)).Select(s => s == chosen
            ? Html.Of($"<option value=\"{s}\" selected>{s}</option>")
            : Html.Of($"<option value=\"{s}\">{s}</option>"));
        var problem = form?.Problem is { } why ? Html.Of($"<p class=\"problem\" role=\"alert\" id=\"state-problem\">{why}</p>") : Markup.Empty;
        var tomorrow = now.UtcDateTime.Date.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Html.Of($"""
            <section class="panel" aria-labelledby="state-heading">
            <h2 id="state-heading">Change the state</h2>
            {problem}
            <form class="stack" method="post" action="{WebPaths.Finding(finding.Id)}/state">
            {viewer.Csrf}
            <label>New state<select name="state">{options}</select></label>
            <p class="muted">Risk-accepted, and false-positive on a high or critical finding, need a second person's approval: they become a change request.</p>
            <label>Why (required; it goes into the history and the ledger)<textarea name="reason" required maxlength="2000">{form?.Reason}</textarea></label>
            <label>Accepted until (for risk-accepted; UTC date)<input type="date" name="until" min="{tomorrow}" value="{form?.Until}"></label>
            <button class="primary" type="submit">Change state</button>
            </form>
            </section>
            """);
    }
}
