using Bulwark.Server.Changes;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;

namespace Bulwark.Server.Web;

/// <summary>
/// <c>/ui/changes</c>: the requests waiting for a decision, with approve and reject for those who hold the approver
/// role (not on their own requests, where the requester may cancel instead), and below them the decided ones.
/// </summary>
internal static class ChangesPage
{
    private const int Decided = 50;

    public static async Task<Markup> RenderAsync(StoreContext store, Viewer viewer, string? problem, CancellationToken cancellationToken)
    {
        var pending = await ChangeList.ReadAsync(store, viewer.Grants, ChangeState.Pending, null, null, cancellationToken);
        var decided = (await ChangeList.ReadAsync(store, viewer.Grants, null, null, null, cancellationToken, Decided + pending.Count))
            .Where(e => e.Request.State != ChangeState.Pending).Take(Decided).ToList();
        var alert = problem is null ? Markup.Empty : Html.Of($"<p class=\"problem\" role=\"alert\" id=\"change-problem\">{problem}</p>");
        var waiting = pending.Count == 0
            ? Html.Of($"<p class=\"muted\">Nothing is waiting for a decision.</p>")
            : Html.Join(pending.Select(e => Pending(e, viewer)));
        var rows = decided.Select(e => Html.Of($"""
            <tr id="change-{e.Request.Id}"><td data-label="request">#{e.Request.Id}</td><td data-label="kind">{e.Request.Kind}</td><td class="title" data-label="subject">{Subject(e.Request)}</td><td data-label="state"><span class="state change-{ChangeStates.Name(e.Request.State)}">{ChangeStates.Name(e.Request.State)}</span></td><td data-label="asked by">{e.Request.RequesterName}</td><td data-label="decided by">{string.Join(", ", e.Decisions.Select(d => d.ApproverName))}</td><td data-label="when">{Formats.Time(e.Request.DecidedAt)}</td><td data-label="outcome">{e.Request.Outcome}</td></tr>
            """));
        var body = Html.Of($"""
            <h1>Change requests</h1>
            <p class="muted">A change that lowers security (a risk acceptance, a false positive on a high finding, the SLA, a suppression) or a pipeline step that asks for it waits here until someone other than the person who asked, with the approver role, approves it.</p>
            {alert}
            <section class="panel" id="pending" aria-labelledby="pending-heading">
            <h2 id="pending-heading">Waiting for a decision ({pending.Count})</h2>
            {waiting}
            </section>
            <section class="panel" id="decided" aria-labelledby="decided-heading">
            <h2 id="decided-heading">Decided</h2>
            <table class="cards" id="decided-table">
            <thead><tr><th scope="col">request</th><th scope="col">kind</th><th scope="col">subject</th><th scope="col">state</th><th scope="col">asked by</th><th scope="col">decided by</th><th scope="col">when</th><th scope="col">outcome</th></tr></thead>
            <tbody>{rows}</tbody>
            </table>
            </section>
            """);
        return Layout.Page("Change requests", viewer, Layout.Section.Changes, body);
    }

    private static Markup Pending(ChangeList.Entry entry, Viewer viewer)
    {
        var r = entry.Request;
        var decisions = entry.Decisions.Count == 0
            ? Html.Text("none yet")
            : Html.Join(entry.Decisions.Select(d => Html.Of($"{d.ApproverName} ({(d.Decision == ChangeDecision.Approve ? "approve" : "reject")}: {d.Reason}) ")));
        return Html.Of($"""
            <article class="change" id="change-{r.Id}">
            <h3>#{r.Id} {r.Kind}: {Subject(r)}</h3>
            <dl class="facts">
            <dt>product</dt><dd>{r.Product ?? "– (server-wide)"}</dd>
            <dt>asked by</dt><dd>{r.RequesterName}, {Formats.Time(r.RequestedAt)}</dd>
            <dt>why</dt><dd>{r.Reason}</dd>
            <dt>details</dt><dd><code>{r.Payload}</code></dd>
            <dt>approvals</dt><dd>{entry.Decisions.Count(d => d.Decision == ChangeDecision.Approve)} of {r.ApprovalsNeeded}</dd>
            <dt>decisions</dt><dd>{decisions}</dd>
            <dt>expires</dt><dd>{Formats.Time(r.ExpiresAt)}</dd>
            </dl>
            {Actions(r, entry, viewer)}
            </article>
            """);
    }

    private static Markup Actions(ChangeRequest r, ChangeList.Entry entry, Viewer viewer)
    {
        if (r.RequesterPerson == viewer.Person)
        {
            return Html.Of($"""
                <p class="muted">You asked for this: someone else must decide it.</p>
                <form method="post" action="{WebPaths.Change(r.Id)}/cancel">{viewer.Csrf}<button class="secondary" type="submit">Cancel the request</button></form>
                """);
        }

        if (!viewer.MayDecide(r.Product))
        {
            return Html.Of($"<p class=\"muted\">Deciding needs the approver role{(r.Product is null ? "" : " on " + r.Product)}.</p>");
        }

        if (entry.Decisions.Any(d => d.ApproverName == viewer.Name))
        {
            return Html.Of($"<p class=\"muted\">You have decided this one; it waits for others.</p>");
        }

        return Html.Of($"""
            <form class="stack" method="post" action="{WebPaths.Change(r.Id)}/approve">
            {viewer.Csrf}
            <label>Why (required; it goes into the ledger)<textarea name="reason" required maxlength="2000"></textarea></label>
            <div><button class="primary" type="submit">Approve</button> <button class="secondary" type="submit" formaction="{WebPaths.Change(r.Id)}/reject">Reject</button></div>
            </form>
            """);
    }

    // A request about one finding links to it.
    private static Markup Subject(ChangeRequest r)
    {
        if (r.Kind is ChangeKinds.RiskAcceptance or ChangeKinds.FalsePositive && FindingChangeKind.FindingsOf(r) is [var id])
        {
            return Html.Of($"<a href=\"{WebPaths.Finding(id)}\">{r.Subject}</a>");
        }

        return Html.Text(r.Subject);
    }
}
