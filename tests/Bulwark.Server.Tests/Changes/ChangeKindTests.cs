using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bulwark.Server.Changes;

namespace Bulwark.Server.Tests.Changes;

/// <summary>What each kind of change request checks when asked for and does once approved: false positives, the SLA, suppressions, a pipeline's deploy.</summary>
public sealed class ChangeKindTests
{
    private static async Task<(FourEyeServer Server, HttpClient Ci, HttpClient Alice, HttpClient Bob)> StartAsync()
    {
        var server = await FourEyeServer.StartAsync();
        var ci = await server.PersonAsync("ci", "developer");
        await FourEyeServer.UploadAsync(ci, "shop", Reports.Of(["iac"], ("c", "iac", "critical"), ("h", "iac", "high"), ("l", "iac", "low")));
        return (server, ci, await server.PersonAsync("alice", "security-analyst"), await server.PersonAsync("bob", "approver"));
    }

    private static async Task<string> StateAsync(HttpClient client, long finding) =>
        (await FourEyeServer.GetAsync(client, $"/api/v1/findings/{finding}")).GetProperty("finding").GetProperty("state").GetString()!;

    [Fact]
    public async Task A_false_positive_below_high_is_triage_and_on_a_high_finding_a_request()
    {
        var (server, _, alice, bob) = await StartAsync();
        await using var _s = server;
        var (critical, high, low) = (await FourEyeServer.FindingAsync(alice, "shop", "c"), await FourEyeServer.FindingAsync(alice, "shop", "h"), await FourEyeServer.FindingAsync(alice, "shop", "l"));

        var direct = await FourEyeServer.PostAsync(alice, $"/api/v1/findings/{low}/state", new { state = "false-positive", reason = "test fixture" }, HttpStatusCode.OK);
        var single = await FourEyeServer.PostAsync(alice, $"/api/v1/findings/{high}/state", new { state = "false-positive", reason = "not reachable" }, HttpStatusCode.Accepted);
        var bulk = await FourEyeServer.PostAsync(alice, "/api/v1/findings/state", new { ids = new[] { critical, low }, state = "false-positive", reason = "fixtures" }, HttpStatusCode.Accepted);
        var lowViaChanges = await FourEyeServer.PostAsync(alice, "/api/v1/changes", new { kind = "false-positive", subject = $"{low}", reason = "r" }, HttpStatusCode.BadRequest);

        Assert.Equal("false-positive", direct.GetProperty("state").GetString());
        Assert.Equal(("false-positive", $"finding {high}", "shop"), (single.GetProperty("kind").GetString(), single.GetProperty("subject").GetString(), single.GetProperty("product").GetString()));
        Assert.Equal($"findings {critical}, {low}", bulk.GetProperty("subject").GetString());
        Assert.Contains("needs no approval", lowViaChanges.GetProperty("detail").GetString());
        Assert.Equal(["open", "open"], [await StateAsync(alice, high), await StateAsync(alice, critical)]);
        await FourEyeServer.PostAsync(bob, $"/api/v1/changes/{bulk.GetProperty("id").GetInt64()}/approve", new { reason = "agreed" }, HttpStatusCode.OK);
        Assert.Equal(["false-positive", "open"], [await StateAsync(alice, critical), await StateAsync(alice, high)]);
    }

    [Fact]
    public async Task An_sla_change_waits_for_approval_and_then_moves_the_due_dates()
    {
        var (server, _, alice, bob) = await StartAsync();
        await using var _s = server;

        using var put = await alice.PutAsJsonAsync("/api/v1/sla", new { critical = 10, reason = "board decision 2026-11" });
        var request = await RunningServer.ReadAsync(put, HttpStatusCode.Accepted);
        var before = await FourEyeServer.GetAsync(alice, "/api/v1/sla");
        using var typo = await alice.PutAsJsonAsync("/api/v1/sla", new { high = 0, reason = "typo" });
        await RunningServer.ReadAsync(typo, HttpStatusCode.BadRequest);
        var applied = await FourEyeServer.PostAsync(bob, $"/api/v1/changes/{request.GetProperty("id").GetInt64()}/approve", new { reason = "as the board decided" }, HttpStatusCode.OK);

        Assert.Equal(("sla", (string?)null), (request.GetProperty("kind").GetString(), request.GetProperty("product").GetString()));
        Assert.Equal(7, before.GetProperty("critical").GetInt32());
        Assert.Equal("applied", applied.GetProperty("state").GetString());
        Assert.Equal(10, (await FourEyeServer.GetAsync(alice, "/api/v1/sla")).GetProperty("critical").GetInt32());
        var critical = (await FourEyeServer.GetAsync(alice, "/api/v1/findings?severity=critical")).GetProperty("items")[0];
        Assert.Equal(new DateTimeOffset(2026, 11, 12, 9, 0, 0, TimeSpan.Zero), critical.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Contains(server.Ledger(), e => e.Action == "sla.changed" && e.Actor.Id == "alice (token alice-2), approved by bob (token bob-3)");
    }

    [Fact]
    public async Task An_approved_suppression_accepts_matching_findings_and_new_ones_until_it_ends()
    {
        var (server, ci, alice, bob) = await StartAsync();
        await using var _s = server;
        await FourEyeServer.UploadAsync(ci, "api", Report(("t1", "iac/open-port", "test/a.tf"), ("p1", "iac/open-port", "prod/a.tf")));
        var request = await FourEyeServer.PostAsync(alice, "/api/v1/changes",
            new { kind = "suppression", subject = "api", reason = "test stacks are never deployed", payload = new { rule = "iac/open-port", path = "test/**", until = server.Clock.Now.AddDays(30) } }, HttpStatusCode.Accepted);
        var id = request.GetProperty("id").GetInt64();

        var applied = await FourEyeServer.PostAsync(bob, $"/api/v1/changes/{id}/approve", new { reason = "agreed" }, HttpStatusCode.OK);
        await FourEyeServer.UploadAsync(ci, "api", Report(("t1", "iac/open-port", "test/a.tf"), ("p1", "iac/open-port", "prod/a.tf"), ("t2", "iac/open-port", "test/deep/b.tf")));
        var whileInForce = await FourEyeServer.FindingAsync(alice, "api", "t2");
        server.Clock.Advance(TimeSpan.FromDays(31));
        await FourEyeServer.UploadAsync(ci, "api", Report(("t1", "iac/open-port", "test/a.tf"), ("p1", "iac/open-port", "prod/a.tf"), ("t2", "iac/open-port", "test/deep/b.tf"), ("t3", "iac/open-port", "test/c.tf")));
        var afterItEnded = await FourEyeServer.FindingAsync(alice, "api", "t3");

        Assert.Equal(("api: iac/open-port in test/**", "api"), (request.GetProperty("subject").GetString(), request.GetProperty("product").GetString()));
        Assert.Contains("1 finding(s) risk-accepted", applied.GetProperty("outcome").GetString());
        Assert.Equal("risk-accepted", await StateAsync(alice, await FourEyeServer.FindingAsync(alice, "api", "t1")));
        Assert.Equal("open", await StateAsync(alice, await FourEyeServer.FindingAsync(alice, "api", "p1")));
        var t2 = await FourEyeServer.GetAsync(alice, $"/api/v1/findings/{whileInForce}");
        Assert.Equal("risk-accepted", t2.GetProperty("finding").GetProperty("state").GetString());
        Assert.Equal($"suppression (change #{id})", t2.GetProperty("history").EnumerateArray().Last().GetProperty("actor").GetString());
        Assert.Equal("open", await StateAsync(alice, afterItEnded));
    }

    [Fact]
    public async Task A_pipeline_step_is_approved_without_anything_applied_and_its_request_can_expire_sooner()
    {
        var (server, ci, _, bob) = await StartAsync();
        await using var _s = server;

        var request = await FourEyeServer.PostAsync(ci, "/api/v1/changes", new { kind = "deploy", subject = "service@1.4.2", reason = "release 1.4.2", expiresIn = "2h" }, HttpStatusCode.Accepted);
        var tooLong = await FourEyeServer.PostAsync(ci, "/api/v1/changes", new { kind = "deploy", subject = "service@1.4.2", reason = "r", expiresIn = "30d" }, HttpStatusCode.BadRequest);
        var badKind = await FourEyeServer.PostAsync(ci, "/api/v1/changes", new { kind = "Deploy Now", subject = "x", reason = "r" }, HttpStatusCode.BadRequest);
        var approved = await FourEyeServer.PostAsync(bob, $"/api/v1/changes/{request.GetProperty("id").GetInt64()}/approve", new { reason = "change board ok" }, HttpStatusCode.OK);
        var mine = await FourEyeServer.GetAsync(ci, "/api/v1/changes?mine=true&kind=deploy");

        Assert.Equal(server.Clock.Now.AddHours(2), request.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Contains("at most the server's 7d", tooLong.GetProperty("detail").GetString());
        Assert.Contains("lower-case letters", badKind.GetProperty("detail").GetString());
        Assert.Equal("approved", approved.GetProperty("state").GetString());
        Assert.True(mine.EnumerateArray().Single().GetProperty("mine").GetBoolean());
        Assert.Empty((await FourEyeServer.GetAsync(bob, "/api/v1/changes?mine=true")).EnumerateArray());
    }

    [Fact]
    public async Task Asking_needs_the_request_permission_on_the_product()
    {
        var (server, _, alice, _) = await StartAsync();
        await using var _s = server;
        var viewer = await server.PersonAsync("vic", "viewer");
        var otherDeveloper = await server.PersonAsync("oda", "developer@cart", "viewer");
        var high = await FourEyeServer.FindingAsync(alice, "shop", "h");

        using var byViewer = await viewer.PostAsJsonAsync("/api/v1/changes", new { kind = "deploy", subject = "x", reason = "r" });
        var byOther = await FourEyeServer.PostAsync(otherDeveloper, $"/api/v1/findings/{high}/state", new { state = "risk-accepted", reason = "r", until = server.Clock.Now.AddDays(3) }, HttpStatusCode.Forbidden);

        var stranger = await server.PersonAsync("sid", "developer@cart");
        var byStranger = await FourEyeServer.PostAsync(stranger, $"/api/v1/findings/{high}/state", new { state = "risk-accepted", reason = "r", until = server.Clock.Now.AddDays(3) }, HttpStatusCode.NotFound);
        var viaChanges = await FourEyeServer.PostAsync(stranger, "/api/v1/changes", new { kind = "risk-acceptance", subject = $"{high}", reason = "r", until = server.Clock.Now.AddDays(3) }, HttpStatusCode.NotFound);

        Assert.DoesNotContain("shop", byStranger.GetProperty("detail").GetString());
        Assert.DoesNotContain("shop", viaChanges.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
        Assert.Contains("your roles do not allow asking for a risk-acceptance change of shop", byOther.GetProperty("detail").GetString());
        Assert.Empty((await FourEyeServer.GetAsync(alice, "/api/v1/changes")).EnumerateArray());
    }

    private static string Report(params (string Fingerprint, string Rule, string Path)[] findings) => JsonSerializer.Serialize(new
    {
        version = "1",
        tool = new { name = "bulwark", version = "0.1.0" },
        target = ".",
        startedAt = "2026-11-23T08:00:00+00:00",
        durationMs = 1200,
        findings = findings.Select(f => new
        {
            ruleId = f.Rule, scanner = "iac", severity = "high", title = $"Finding {f.Fingerprint}", message = "open port", location = new { path = f.Path, startLine = 1, endLine = 1 },
            fingerprint = f.Fingerprint, evidence = "", references = Array.Empty<string>(), snippet = Array.Empty<object>(), properties = new { },
        }),
        summary = new { total = findings.Length, byScanner = new Dictionary<string, int> { ["iac"] = findings.Length } },
    });
}
