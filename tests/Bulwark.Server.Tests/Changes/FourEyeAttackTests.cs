using System.Net;
using System.Text.Json;
using Bulwark.Server.Changes;

namespace Bulwark.Server.Tests.Changes;

/// <summary>
/// The four-eye rule against the ways around it: approving one's own request (same token, another token, a web
/// session), approving after expiry, replaying an approval, approving without the approver role or on another
/// product; each refused, and each refusal in the ledger.
/// </summary>
public sealed class FourEyeAttackTests
{
    private const string SelfApproval = "you asked for this change: someone else must decide it (your other sessions, and the tokens you made, are you too)";

    private static async Task<(FourEyeServer Server, HttpClient Alice, long High)> StartAsync(FourEyeRules? rules = null, string? database = null)
    {
        var server = await FourEyeServer.StartAsync(rules, database);
        var ci = await server.PersonAsync("ci", "developer");
        await FourEyeServer.UploadAsync(ci, "shop", Reports.Of(["iac"], ("c", "iac", "critical"), ("h", "iac", "high"), ("l", "iac", "low")));
        await FourEyeServer.UploadAsync(ci, "cart", Reports.Of(["iac"], ("x", "iac", "high")));
        // Alice is an analyst and an approver too: what stops her approving her own request is the rule, not her roles.
        var alice = await server.PersonAsync("alice", "security-analyst", "approver");
        return (server, alice, await FourEyeServer.FindingAsync(alice, "shop", "h"));
    }

    private static async Task<long> AskRiskAcceptanceAsync(FourEyeServer server, HttpClient requester, long finding, int needed = 1)
    {
        var request = await FourEyeServer.PostAsync(requester, $"/api/v1/findings/{finding}/state",
            new { state = "risk-accepted", reason = "replaced next quarter", until = server.Clock.Now.AddDays(90) }, HttpStatusCode.Accepted);
        Assert.Equal(("risk-acceptance", "pending", 0), (request.GetProperty("kind").GetString(), request.GetProperty("state").GetString(), request.GetProperty("approvals").GetInt32()));
        Assert.Equal(needed, request.GetProperty("approvalsNeeded").GetInt32());
        return request.GetProperty("id").GetInt64();
    }

    private static async Task<string> StateAsync(HttpClient client, long finding) =>
        (await FourEyeServer.GetAsync(client, $"/api/v1/findings/{finding}")).GetProperty("finding").GetProperty("state").GetString()!;

    private static async Task<JsonElement> ChangeAsync(HttpClient client, long id) => await FourEyeServer.GetAsync(client, $"/api/v1/changes/{id}");

    [Fact]
    public async Task A_risk_acceptance_waits_for_a_second_person_and_the_history_names_both()
    {
        var (server, alice, high) = await StartAsync();
        await using var _ = server;
        var bob = await server.PersonAsync("bob", "approver");

        var id = await AskRiskAcceptanceAsync(server, alice, high);
        Assert.Equal("open", await StateAsync(alice, high));
        var approved = await FourEyeServer.PostAsync(bob, $"/api/v1/changes/{id}/approve", new { reason = "compensating WAF rule in place" }, HttpStatusCode.OK);

        Assert.Equal(("applied", 1), (approved.GetProperty("state").GetString(), approved.GetProperty("approvals").GetInt32()));
        var detail = await FourEyeServer.GetAsync(alice, $"/api/v1/findings/{high}");
        Assert.Equal("risk-accepted", detail.GetProperty("finding").GetProperty("state").GetString());
        Assert.Equal(server.Clock.Now.AddDays(90), detail.GetProperty("finding").GetProperty("acceptedUntil").GetDateTimeOffset());
        var last = detail.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("alice (token alice-2), approved by bob (token bob-3)", last.GetProperty("actor").GetString());
        Assert.Equal($"replaced next quarter (change #{id})", last.GetProperty("reason").GetString());
        Assert.Equal(
            ["change.requested: replaced next quarter", "change.approved: compensating WAF rule in place", "change.applied: finding risk-accepted until 2027-01-31 09:00 UTC"],
            server.LedgerOf(id));
        Assert.Contains(server.Ledger(), e => e.Action == "finding.state.changed" && e.Subject == $"shop/finding/{high}" && e.Actor.Id.Contains("approved by bob", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_requester_cannot_approve_with_the_same_token_another_of_their_tokens_or_a_web_session()
    {
        var (server, alice, high) = await StartAsync();
        await using var _ = server;
        var id = await AskRiskAcceptanceAsync(server, alice, high);
        var aliceToken = await server.TokenAsync("alice", "approver");

        var sameToken = await FourEyeServer.PostAsync(alice, $"/api/v1/changes/{id}/approve", new { reason = "looks fine to me" }, HttpStatusCode.Forbidden);
        var otherToken = await FourEyeServer.PostAsync(server.Client(aliceToken), $"/api/v1/changes/{id}/approve", new { reason = "second account" }, HttpStatusCode.Forbidden);
        using var browser = await UiClient.SignedInAsync(server.Address, aliceToken);
        var page = await browser.PageAsync("/ui/changes");
        using var webSession = await browser.PostFormAsync($"/ui/changes/{id}/approve", "/ui/changes", new() { ["reason"] = "from the browser" });

        Assert.Equal(SelfApproval, sameToken.GetProperty("detail").GetString());
        Assert.Equal(SelfApproval, otherToken.GetProperty("detail").GetString());
        Assert.Contains("You asked for this: someone else must decide it.", page);
        Assert.DoesNotContain($"/ui/changes/{id}/approve", page);
        Assert.Equal(HttpStatusCode.Forbidden, webSession.StatusCode);
        Assert.Contains("someone else must decide it", await webSession.Content.ReadAsStringAsync());
        var change = await ChangeAsync(alice, id);
        Assert.Equal(("pending", 0), (change.GetProperty("state").GetString(), change.GetProperty("approvals").GetInt32()));
        Assert.Equal("open", await StateAsync(alice, high));
        Assert.Equal(["change.requested: replaced next quarter", .. Enumerable.Repeat($"change.approval.refused: {SelfApproval}", 3)], server.LedgerOf(id));
    }

    [Fact]
    public async Task An_approval_after_the_request_expired_is_refused()
    {
        var (server, alice, high) = await StartAsync();
        await using var _ = server;
        var bob = await server.PersonAsync("bob", "approver");
        var id = await AskRiskAcceptanceAsync(server, alice, high);

        server.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        var late = await FourEyeServer.PostAsync(bob, $"/api/v1/changes/{id}/approve", new { reason = "sorry, was on leave" }, HttpStatusCode.Conflict);
        var again = await FourEyeServer.PostAsync(bob, $"/api/v1/changes/{id}/approve", new { reason = "still want it" }, HttpStatusCode.Conflict);

        Assert.StartsWith($"change request {id} expired at 2026-11-09 09:00 UTC", late.GetProperty("detail").GetString());
        Assert.Contains("is expired", again.GetProperty("detail").GetString());
        Assert.Equal("expired", (await ChangeAsync(alice, id)).GetProperty("state").GetString());
        Assert.Equal("open", await StateAsync(alice, high));
        Assert.Equal(
            [
                "change.requested: replaced next quarter", "change.expired: not decided before it expired",
                $"change.approval.refused: {late.GetProperty("detail").GetString()}", $"change.approval.refused: {again.GetProperty("detail").GetString()}",
            ],
            server.LedgerOf(id));
    }

    [Fact]
    public async Task A_request_read_after_its_end_is_expired_once_with_its_ledger_record()
    {
        var (server, alice, high) = await StartAsync();
        await using var _ = server;
        var id = await AskRiskAcceptanceAsync(server, alice, high);

        server.Clock.Advance(TimeSpan.FromDays(8));
        var first = await ChangeAsync(alice, id);
        var second = await FourEyeServer.GetAsync(alice, "/api/v1/changes?state=expired");

        Assert.Equal("expired", first.GetProperty("state").GetString());
        Assert.Equal([id], second.EnumerateArray().Select(c => c.GetProperty("id").GetInt64()));
        Assert.Equal(["change.requested: replaced next quarter", "change.expired: not decided before it expired"], server.LedgerOf(id));
    }

    [Fact]
    public Task A_replayed_approval_counts_once_and_two_approvals_need_two_people() => ReplayCountsOnce(database: null);

    [PostgresFact]
    public Task A_replayed_approval_counts_once_and_two_approvals_need_two_people_on_postgresql() => ReplayCountsOnce(Postgres.NewDatabase());

    private static async Task ReplayCountsOnce(string? database)
    {
        var (server, alice, high) = await StartAsync(FourEyeRules.Parse("""{"approvals": {"risk-acceptance": 2}}""", "test").Value, database);
        await using var _ = server;
        var bobToken = await server.TokenAsync("bob", "approver");
        var bob = server.Client(bobToken);
        var bobAgain = await server.PersonAsync("bob", "approver");
        var carol = await server.PersonAsync("carol", "approver");
        var request = await FourEyeServer.PostAsync(alice, $"/api/v1/findings/{high}/state", new { state = "risk-accepted", reason = "legacy", until = server.Clock.Now.AddDays(30) }, HttpStatusCode.Accepted);
        var id = request.GetProperty("id").GetInt64();

        var first = await FourEyeServer.PostAsync(bob, $"/api/v1/changes/{id}/approve", new { reason = "ok" }, HttpStatusCode.OK);
        var replay = await FourEyeServer.PostAsync(bob, $"/api/v1/changes/{id}/approve", new { reason = "ok" }, HttpStatusCode.Conflict);
        var viaOtherToken = await FourEyeServer.PostAsync(bobAgain, $"/api/v1/changes/{id}/approve", new { reason = "ok again" }, HttpStatusCode.Conflict);
        var stillOpen = await StateAsync(alice, high);
        var second = await FourEyeServer.PostAsync(carol, $"/api/v1/changes/{id}/approve", new { reason = "agreed" }, HttpStatusCode.OK);
        var afterwards = await FourEyeServer.PostAsync(bob, $"/api/v1/changes/{id}/approve", new { reason = "ok" }, HttpStatusCode.Conflict);

        Assert.Equal((2, "pending", 1), (request.GetProperty("approvalsNeeded").GetInt32(), first.GetProperty("state").GetString(), first.GetProperty("approvals").GetInt32()));
        Assert.Contains("a decision counts once", replay.GetProperty("detail").GetString());
        Assert.Contains("a decision counts once", viaOtherToken.GetProperty("detail").GetString());
        Assert.Equal("open", stillOpen);
        Assert.Equal(("applied", 2), (second.GetProperty("state").GetString(), second.GetProperty("approvals").GetInt32()));
        Assert.Contains("is applied", afterwards.GetProperty("detail").GetString());
        Assert.Equal("risk-accepted", await StateAsync(alice, high));
        Assert.Equal(["bob (token bob-3)", "carol (token carol-5)"], second.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("by").GetString()));
        var ledger = server.LedgerOf(id);
        Assert.Equal(["change.requested", "change.approved", "change.approval.refused", "change.approval.refused", "change.approved", "change.applied", "change.approval.refused"],
            ledger.Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task Viewers_developers_and_approvers_of_another_product_may_not_decide()
    {
        var (server, alice, high) = await StartAsync();
        await using var _ = server;
        var viewer = await server.PersonAsync("vic", "viewer");
        var developer = await server.PersonAsync("dev", "developer");
        var cartApprover = await server.PersonAsync("dora", "viewer", "approver@cart");
        var shopApprover = await server.PersonAsync("sam", "approver@shop");
        var id = await AskRiskAcceptanceAsync(server, alice, high);

        var byViewer = await FourEyeServer.PostAsync(viewer, $"/api/v1/changes/{id}/approve", new { reason = "why not" }, HttpStatusCode.Forbidden);
        var byDeveloper = await FourEyeServer.PostAsync(developer, $"/api/v1/changes/{id}/approve", new { reason = "my own team" }, HttpStatusCode.Forbidden);
        var byOtherProduct = await FourEyeServer.PostAsync(cartApprover, $"/api/v1/changes/{id}/reject", new { reason = "not mine" }, HttpStatusCode.Forbidden);
        var pending = await StateAsync(alice, high);
        var byProductApprover = await FourEyeServer.PostAsync(shopApprover, $"/api/v1/changes/{id}/approve", new { reason = "shop's approver agrees" }, HttpStatusCode.OK);

        Assert.All([byViewer, byDeveloper, byOtherProduct], p => Assert.Equal("deciding change requests of shop needs the approver role on that product", p.GetProperty("detail").GetString()));
        Assert.Equal("open", pending);
        Assert.Equal("applied", byProductApprover.GetProperty("state").GetString());
        var refused = server.Ledger().Where(e => e.Action == "change.approval.refused").ToList();
        Assert.Equal(["vic (token vic-3)", "dev (token dev-4)", "dora (token dora-5)"], refused.Select(e => e.Actor.Id));
        Assert.Equal("reject", refused[2].Payload!.Value.GetProperty("decision").GetString());
    }

    [Fact]
    public async Task One_rejection_rejects_and_nothing_changes()
    {
        var (server, alice, high) = await StartAsync(FourEyeRules.Parse("""{"approvals": {"*": 2}}""", "test").Value);
        await using var _ = server;
        var bob = await server.PersonAsync("bob", "approver");
        var carol = await server.PersonAsync("carol", "approver");
        var id = await AskRiskAcceptanceAsync(server, alice, high, needed: 2);

        await FourEyeServer.PostAsync(bob, $"/api/v1/changes/{id}/approve", new { reason = "fine" }, HttpStatusCode.OK);
        var rejected = await FourEyeServer.PostAsync(carol, $"/api/v1/changes/{id}/reject", new { reason = "the WAF does not cover this path" }, HttpStatusCode.OK);
        var noReason = await FourEyeServer.PostAsync(carol, $"/api/v1/changes/{id}/approve", new { reason = " " }, HttpStatusCode.BadRequest);

        Assert.Equal("rejected", rejected.GetProperty("state").GetString());
        Assert.Equal("rejected by carol (token carol-4): the WAF does not cover this path", rejected.GetProperty("outcome").GetString());
        Assert.Contains("reason is required", noReason.GetProperty("detail").GetString());
        Assert.Equal("open", await StateAsync(alice, high));
        Assert.Equal(["change.requested", "change.approved", "change.rejected"], server.LedgerOf(id).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task Only_the_requester_cancels_and_a_cancelled_request_takes_no_decision()
    {
        var (server, alice, high) = await StartAsync();
        await using var _ = server;
        var bob = await server.PersonAsync("bob", "approver");
        var aliceAgain = await server.PersonAsync("alice", "developer");
        var id = await AskRiskAcceptanceAsync(server, alice, high);

        var byBob = await FourEyeServer.PostAsync(bob, $"/api/v1/changes/{id}/cancel", new { }, HttpStatusCode.Forbidden);
        var cancelled = await FourEyeServer.PostAsync(aliceAgain, $"/api/v1/changes/{id}/cancel", new { }, HttpStatusCode.OK);
        var late = await FourEyeServer.PostAsync(bob, $"/api/v1/changes/{id}/approve", new { reason = "ok" }, HttpStatusCode.Conflict);

        Assert.Contains("only the person who asked", byBob.GetProperty("detail").GetString());
        Assert.Equal("cancelled", cancelled.GetProperty("state").GetString());
        Assert.Contains("is cancelled", late.GetProperty("detail").GetString());
        Assert.Equal("open", await StateAsync(alice, high));
        Assert.Equal(["change.requested", "change.cancel.refused", "change.cancelled", "change.approval.refused"], server.LedgerOf(id).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]));
    }
}
