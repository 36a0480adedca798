using Bulwark.Server.Audit;
using Microsoft.AspNetCore.Http;

namespace Bulwark.Server.Web;

/// <summary>
/// <c>/ui/audit</c>: who did what, when and why, from the ledger, with a filter form (GET, so a view can be linked) and
/// the ledger's verification at the top: intact, tampered, or why it could not be checked.
/// </summary>
internal static class AuditPage
{
    private static readonly string[] Fields = ["actor", "action", "subject", "since", "until"];

    public static (Markup Page, int Status) Render(Viewer viewer, ServerLedger ledger, IQueryCollection query)
    {
        var values = Fields.ToDictionary(f => f, f => AuditEndpoints.Blank(query[f].ToString()));
        var form = Html.Of($"""
            <form class="filters" method="get" action="{WebPaths.Audit}">
            <label>Who<input type="text" name="actor" value="{values["actor"]}"></label>
            <label>Action (prefix)<input type="text" name="action" value="{values["action"]}" placeholder="auth.login"></label>
            <label>Subject<input type="text" name="subject" value="{values["subject"]}"></label>
            <label>Since<input type="date" name="since" value="{values["since"]}"></label>
            <label>Until<input type="date" name="until" value="{values["until"]}"></label>
            <button type="submit">Filter</button>
            </form>
            """);
        if (ledger.Path is not { } path)
        {
            return (Layout.Page("Audit", viewer, Layout.Section.Audit, Html.Of($"<h1>Audit</h1><p class=\"problem\" id=\"ledger-status\">This server keeps no ledger: start it with <code>--ledger FILE</code> to record who did what.</p>")), StatusCodes.Status200OK);
        }

        if (AuditEndpoints.Read(values["since"], values["until"]) is not { } dates)
        {
            return (Layout.Page("Audit", viewer, Layout.Section.Audit, Html.Of($"<h1>Audit</h1>{form}<p class=\"problem\" role=\"alert\">Since and until are dates (YYYY-MM-DD).</p>")), StatusCodes.Status400BadRequest);
        }

        var verdict = AuditTrail.Verify(path);
        var page = AuditTrail.Read(path, dates with { Actor = values["actor"], Action = values["action"], Subject = values["subject"] });
        var status = verdict.Intact switch
        {
            true => "intact",
            false => "tampered",
            null => "unverified",
        };
        var rows = page.Lines.Select(l => Html.Of($"""
            <tr><td data-label="when">{Formats.Time(l.Time)}</td><td data-label="who">{l.Actor} <span class="muted">({l.AuthenticatedBy})</span></td><td data-label="did"><code>{l.Action}</code></td><td data-label="what">{l.Subject}</td><td class="title" data-label="why">{l.Reason}</td></tr>
            """));
        var problems = verdict.Problems.Select(p => Html.Of($"<li>{p}</li>"));
        var body = Html.Of($"""
            <h1>Audit</h1>
            <section class="panel ledger-{status}" id="ledger-status" aria-labelledby="ledger-heading">
            <h2 id="ledger-heading">Ledger: {status}</h2>
            <p>{verdict.Summary}</p>
            <ul>{problems}</ul>
            </section>
            {form}
            <p class="muted">{page.Matched} of {page.Total} records match; the newest {AuditTrail.MaxShown} are shown.</p>
            <table class="cards" id="audit">
            <thead><tr><th scope="col">when</th><th scope="col">who</th><th scope="col">did</th><th scope="col">what</th><th scope="col">why</th></tr></thead>
            <tbody>{rows}</tbody>
            </table>
            """);
        return (Layout.Page("Audit", viewer, Layout.Section.Audit, body), StatusCodes.Status200OK);
    }
}
