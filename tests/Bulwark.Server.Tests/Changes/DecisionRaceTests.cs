using System.Net;
using Bulwark.Server.Changes;

namespace Bulwark.Server.Tests.Changes;

/// <summary>Decisions arriving together, and a ledger that cannot record: the rule holds under both.</summary>
public sealed class DecisionRaceTests
{
    [Fact]
    public Task The_same_approval_sent_many_times_at_once_counts_once() => SameApprovalAtOnce(database: null);

    [PostgresFact]
    public Task The_same_approval_sent_many_times_at_once_counts_once_on_postgresql() => SameApprovalAtOnce(Postgres.NewDatabase());

    [Fact]
    public async Task An_approval_the_ledger_cannot_record_changes_nothing()
    {
        await using var server = await FourEyeServer.StartAsync();
        var (alice, bob, id, high) = await AskAsync(server);

        HttpStatusCode status;
        using (Bulwark.Ledger.Ledger.Open(server.LedgerPath, writable: true).Value!)
        {
            using var response = await bob.PostAsync($"/api/v1/changes/{id}/approve", System.Net.Http.Json.JsonContent.Create(new { reason = "ok" }));
            status = response.StatusCode;
        }

        var change = await FourEyeServer.GetAsync(alice, $"/api/v1/changes/{id}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal(("pending", 0), (change.GetProperty("state").GetString(), change.GetProperty("approvals").GetInt32()));
        Assert.Equal("open", (await FourEyeServer.GetAsync(alice, $"/api/v1/findings/{high}")).GetProperty("finding").GetProperty("state").GetString());
        var approved = await FourEyeServer.PostAsync(bob, $"/api/v1/changes/{id}/approve", new { reason = "ok" }, HttpStatusCode.OK);
        Assert.Equal("applied", approved.GetProperty("state").GetString());
    }

    private static async Task SameApprovalAtOnce(string? database)
    {
        await using var server = await FourEyeServer.StartAsync(FourEyeRules.Parse("""{"approvals": {"*": 2}}""", "test").Value, database);
        var (alice, bob, id, high) = await AskAsync(server);
        var bobs = new List<HttpClient> { bob };
        for (var i = 0; i < 5; i++)
        {
            bobs.Add(await server.PersonAsync("bob", "approver"));
        }

        var answers = await Task.WhenAll(bobs.Select(async b =>
        {
            using var response = await b.PostAsync($"/api/v1/changes/{id}/approve", System.Net.Http.Json.JsonContent.Create(new { reason = "ok" }));
            return response.StatusCode;
        }));

        Assert.Equal(1, answers.Count(a => a == HttpStatusCode.OK));
        Assert.All(answers.Where(a => a != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a));
        var change = await FourEyeServer.GetAsync(alice, $"/api/v1/changes/{id}");
        Assert.Equal(("pending", 1), (change.GetProperty("state").GetString(), change.GetProperty("approvals").GetInt32()));
        Assert.Equal("open", (await FourEyeServer.GetAsync(alice, $"/api/v1/findings/{high}")).GetProperty("finding").GetProperty("state").GetString());
        Assert.Single(server.LedgerOf(id), l => l.StartsWith("change.approved", StringComparison.Ordinal));
    }

    private static async Task<(HttpClient Alice, HttpClient Bob, long Id, long High)> AskAsync(FourEyeServer server)
    {
        var alice = await server.PersonAsync("alice", "security-analyst");
        await FourEyeServer.UploadAsync(alice, "shop", Reports.Of(["iac"], ("h", "iac", "high")));
        var high = await FourEyeServer.FindingAsync(alice, "shop", "h");
        var request = await FourEyeServer.PostAsync(alice, $"/api/v1/findings/{high}/state", new { state = "false-positive", reason = "not reachable" }, HttpStatusCode.Accepted);
        return (alice, await server.PersonAsync("bob", "approver"), request.GetProperty("id").GetInt64(), high);
    }
}
