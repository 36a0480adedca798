using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Bulwark.Server.Tests;

/// <summary>Deduplication and the finding life cycle across a sequence of scans of one product, on the embedded database.</summary>
public sealed class LifecycleTests : IAsyncLifetime
{
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<JsonElement> Finding(string fingerprint)
    {
        var list = await _server.GetAsync("/api/v1/findings?product=api&pageSize=500");
        return list.GetProperty("items").EnumerateArray().Single(f => f.GetProperty("fingerprint").GetString() == fingerprint);
    }

    private async Task<string[]> History(JsonElement finding) =>
        [.. (await _server.GetAsync($"/api/v1/findings/{finding.GetProperty("id").GetInt64()}")).GetProperty("history").EnumerateArray()
            .Select(h => $"{h.GetProperty("actor").GetString()}: {h.GetProperty("to").GetString()} ({h.GetProperty("reason").GetString()})")];

    [Fact]
    public async Task A_finding_is_deduplicated_fixed_when_gone_and_reopened_when_back()
    {
        var first = await _server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high"), ("b", "iac", "low"), ("c", "iac", "medium")));
        var second = await _server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high"), ("b", "iac", "critical")));
        var third = await _server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high"), ("b", "iac", "critical"), ("c", "iac", "medium")));

        Assert.Equal((3, 0, 0), (first.GetProperty("new").GetInt32(), first.GetProperty("fixed").GetInt32(), first.GetProperty("reopened").GetInt32()));
        Assert.Equal((0, 1, 0), (second.GetProperty("new").GetInt32(), second.GetProperty("fixed").GetInt32(), second.GetProperty("reopened").GetInt32()));
        Assert.Equal((0, 0, 1), (third.GetProperty("new").GetInt32(), third.GetProperty("fixed").GetInt32(), third.GetProperty("reopened").GetInt32()));

        var all = await _server.GetAsync("/api/v1/findings?product=api");
        Assert.Equal(3, all.GetProperty("total").GetInt32());
        var a = await Finding("a");
        Assert.Equal(("open", first.GetProperty("id").GetInt64(), third.GetProperty("id").GetInt64()),
            (a.GetProperty("state").GetString(), a.GetProperty("firstScanId").GetInt64(), a.GetProperty("lastScanId").GetInt64()));
        // A later scan's view of a finding wins (b became critical).
        Assert.Equal("critical", (await Finding("b")).GetProperty("severity").GetString());

        var c = await Finding("c");
        Assert.Equal("reopened", c.GetProperty("state").GetString());
        var detail = (await _server.GetAsync($"/api/v1/findings/{c.GetProperty("id").GetInt64()}")).GetProperty("finding");
        Assert.Equal("evidence of c", detail.GetProperty("evidence").GetString());
        Assert.Equal(
            [$"scan #{first.GetProperty("id")}: open (first seen)", $"scan #{second.GetProperty("id")}: fixed (no longer seen)", $"scan #{third.GetProperty("id")}: reopened (seen again)"],
            await History(c));
    }

    [Fact]
    public async Task Only_scanners_that_ran_fix_their_findings()
    {
        await _server.UploadAsync("api", Reports.Of(["iac", "secrets"], ("tf", "iac", "high"), ("key", "secrets", "critical")));

        // A scan of the secrets scanner alone says nothing about Terraform.
        var secretsOnly = await _server.UploadAsync("api", Reports.Of(["secrets"]));

        Assert.Equal(1, secretsOnly.GetProperty("fixed").GetInt32());
        Assert.Equal("open", (await Finding("tf")).GetProperty("state").GetString());
        Assert.Equal("fixed", (await Finding("key")).GetProperty("state").GetString());
        var unresolved = await _server.GetAsync("/api/v1/findings?product=api&state=unresolved");
        Assert.Equal(["tf"], unresolved.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("fingerprint").GetString()));
    }

    [Fact]
    public async Task A_judgement_needs_a_reason_and_survives_the_finding_going_away()
    {
        await _server.UploadAsync("api", Reports.Of(["iac"], ("fp", "iac", "medium"), ("risk", "iac", "medium")));
        var fp = await Finding("fp");
        var id = fp.GetProperty("id").GetInt64();

        var noReason = await _server.PostJsonAsync($"/api/v1/findings/{id}/state", new { state = "false-positive" }, HttpStatusCode.BadRequest);
        Assert.Contains("reason", noReason.GetProperty("detail").GetString());
        var bySystem = await _server.PostJsonAsync($"/api/v1/findings/{id}/state", new { state = "fixed", reason = "trust me" }, HttpStatusCode.BadRequest);
        Assert.Contains("set by scans", bySystem.GetProperty("detail").GetString());
        var riskId = (await Finding("risk")).GetProperty("id").GetInt64();
        await _server.PostJsonAsync($"/api/v1/findings/{riskId}/state", new { state = "risk-accepted", reason = "legacy" }, HttpStatusCode.BadRequest);

        await _server.PostJsonAsync($"/api/v1/findings/{id}/state", new { state = "false-positive", reason = "test fixture, not deployed" });
        var request = await _server.PostJsonAsync($"/api/v1/findings/{riskId}/state", new { state = "risk-accepted", reason = "replaced next quarter", until = DateTimeOffset.UtcNow.AddDays(30) }, HttpStatusCode.Accepted);
        Assert.Equal("open", (await Finding("risk")).GetProperty("state").GetString());
        using var approver = await Changes.PersonTokens.ApproverAsync(_server, "bob");
        using var approved = await approver.PostAsJsonAsync($"/api/v1/changes/{request.GetProperty("id")}/approve", new { reason = "fine until then" });
        await RunningServer.ReadAsync(approved, HttpStatusCode.OK);
        await _server.UploadAsync("api", Reports.Of(["iac"]));

        Assert.Equal("false-positive", (await Finding("fp")).GetProperty("state").GetString());
        var risk = await Finding("risk");
        Assert.Equal("risk-accepted", risk.GetProperty("state").GetString());
        Assert.NotEqual(JsonValueKind.Null, risk.GetProperty("acceptedUntil").ValueKind);
        Assert.Equal("bootstrap-admin: false-positive (test fixture, not deployed)", (await History(fp))[^1]);
        Assert.Equal($"bootstrap-admin, approved by bob (token bob): risk-accepted (replaced next quarter (change #{request.GetProperty("id")}))", (await History(risk))[^1]);
    }

    [Fact]
    public async Task Many_findings_change_state_at_once_each_with_its_history_or_none_do()
    {
        await _server.UploadAsync("api", Reports.Of(["iac"], ("x", "iac", "high"), ("y", "iac", "low"), ("z", "iac", "medium")));
        var ids = new[] { (await Finding("x")).GetProperty("id").GetInt64(), (await Finding("y")).GetProperty("id").GetInt64() };

        var missing = await _server.PostJsonAsync("/api/v1/findings/state", new { ids = new[] { ids[0], 999_999L }, state = "confirmed", reason = "triage" }, HttpStatusCode.NotFound);
        Assert.Contains("999999", missing.GetProperty("detail").GetString());
        Assert.Equal("open", (await Finding("x")).GetProperty("state").GetString());

        var changed = await _server.PostJsonAsync("/api/v1/findings/state", new { ids, state = "confirmed", reason = "triage meeting 23 Nov" });

        Assert.Equal(2, changed.GetProperty("changed").GetInt32());
        var states = new List<string?>();
        foreach (var fingerprint in new[] { "x", "y", "z" })
        {
            states.Add((await Finding(fingerprint)).GetProperty("state").GetString());
        }

        Assert.Equal(["confirmed", "confirmed", "open"], states);
        Assert.Equal("bootstrap-admin: confirmed (triage meeting 23 Nov)", (await History(await Finding("y")))[^1]);
        await _server.PostJsonAsync("/api/v1/findings/state", new { ids = Array.Empty<long>(), state = "confirmed", reason = "r" }, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Uploads_arriving_together_for_a_new_product_all_land_once()
    {
        var uploads = Enumerable.Range(0, 8).Select(i => _server.UploadAsync("burst", Reports.Of(["iac"], ("shared", "iac", "high"), ($"own-{i}", "iac", "low"))));

        var answers = await Task.WhenAll(uploads);

        Assert.Equal(8, answers.Select(a => a.GetProperty("id").GetInt64()).Distinct().Count());
        var all = await _server.GetAsync("/api/v1/findings?product=burst&pageSize=100");
        // Each later upload fixed the one before's own finding: one row per fingerprint, whatever the order.
        Assert.Equal(9, all.GetProperty("total").GetInt32());
        Assert.Equal(1, all.GetProperty("items").EnumerateArray().Count(f => f.GetProperty("fingerprint").GetString() == "shared"));
    }

    [Fact]
    public async Task Findings_are_filtered_sorted_and_paged()
    {
        await _server.UploadAsync("api", Reports.Of(["iac", "secrets"], ("1", "iac", "low"), ("2", "iac", "critical"), ("3", "secrets", "high"), ("4", "iac", "medium"), ("5", "iac", "info")));
        await _server.UploadAsync("web", Reports.Of(["iac"], ("w", "iac", "critical")));

        var page = await _server.GetAsync("/api/v1/findings?product=api&severity=medium&pageSize=2&page=1");
        var second = await _server.GetAsync("/api/v1/findings?product=api&severity=medium&pageSize=2&page=2");
        var secrets = await _server.GetAsync("/api/v1/findings?scanner=secrets");

        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal(["critical", "high"], page.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("severity").GetString()));
        Assert.Equal(["medium"], second.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("severity").GetString()));
        Assert.Equal(["3"], secrets.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("fingerprint").GetString()));
        var problem = await _server.GetAsync("/api/v1/findings?severity=urgent", HttpStatusCode.BadRequest);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        await _server.GetAsync("/api/v1/findings?product=nope", HttpStatusCode.NotFound);
    }
}
