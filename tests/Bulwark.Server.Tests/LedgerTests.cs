using System.Net;
using System.Net.Http.Json;

namespace Bulwark.Server.Tests;

/// <summary>Every change on the server is in the ledger, with who and why; a change the ledger cannot record is not made.</summary>
public sealed class LedgerTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bulwark-server-ledger-").FullName;
    private string LedgerPath => Path.Combine(_directory, "audit.ledger");

    public Task InitializeAsync()
    {
        using var ledger = Bulwark.Ledger.Ledger.Create(LedgerPath, "bulwark.test/server").Value!;
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    // The changes; the token's first use of the day (token.used, tested with the tokens) is left out.
    private IReadOnlyList<Bulwark.Ledger.Events.LedgerEvent> Entries()
    {
        using var ledger = Bulwark.Ledger.Ledger.Open(LedgerPath, writable: false).Value!;
        return [.. ledger.ReadEntries().Select(e => e.Event).Where(e => e.Action != "token.used")];
    }

    [Fact]
    public async Task Imports_state_changes_and_sla_changes_are_recorded_with_actor_and_reason()
    {
        await using var server = await RunningServer.StartAsync(ledger: LedgerPath);
        var scan = await server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high")));
        var id = (await server.GetAsync("/api/v1/findings")).GetProperty("items")[0].GetProperty("id").GetInt64();
        await server.PostJsonAsync($"/api/v1/findings/{id}/state", new { state = "confirmed", reason = "reproduced on staging" });
        using var sla = await server.Client.PutAsJsonAsync("/api/v1/sla", new { high = 14, reason = "new policy" });
        var request = await RunningServer.ReadAsync(sla, HttpStatusCode.Accepted);
        using var approver = await Changes.PersonTokens.ApproverAsync(server, "carol");
        using var approved = await approver.PostAsJsonAsync($"/api/v1/changes/{request.GetProperty("id")}/approve", new { reason = "agreed in the board" });
        await RunningServer.ReadAsync(approved, HttpStatusCode.OK);

        var entries = Entries();

        Assert.Equal(["scan.imported", "finding.state.changed", "change.requested", "change.approved", "sla.changed", "change.applied"], entries.Select(e => e.Action));
        Assert.Equal(["bootstrap-admin", "bootstrap-admin", "bootstrap-admin", "carol (token carol)", "bootstrap-admin, approved by carol (token carol)", "bootstrap-admin, approved by carol (token carol)"],
            entries.Select(e => e.Actor.Id));
        Assert.Equal($"api/scan/{scan.GetProperty("id")}", entries[0].Subject);
        Assert.Equal(($"api/finding/{id}", "reproduced on staging"), (entries[1].Subject, entries[1].Reason));
        Assert.Equal("confirmed", entries[1].Payload!.Value.GetProperty("to").GetString());
        Assert.Equal(("new policy", "agreed in the board", "new policy"), (entries[2].Reason, entries[3].Reason, entries[4].Reason));
        Assert.Equal("critical=7,high=14,medium=90,low=180", entries[4].Payload!.Value.GetProperty("to").GetString());
    }

    [Fact]
    public async Task A_change_the_ledger_cannot_record_is_not_made()
    {
        await using var server = await RunningServer.StartAsync(ledger: LedgerPath);
        await server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high")));
        var id = (await server.GetAsync("/api/v1/findings")).GetProperty("items")[0].GetProperty("id").GetInt64();

        // Another process writing to the ledger for longer than the server waits.
        using (var holder = Bulwark.Ledger.Ledger.Open(LedgerPath, writable: true).Value!)
        {
            var refused = await server.PostJsonAsync($"/api/v1/findings/{id}/state", new { state = "false-positive", reason = "x" }, HttpStatusCode.ServiceUnavailable);
            Assert.Contains("ledger", refused.GetProperty("detail").GetString());
            var upload = await server.UploadAsync("api", Reports.Of(["iac"]), HttpStatusCode.ServiceUnavailable);
            Assert.Contains("not made", upload.GetProperty("detail").GetString());
        }

        var finding = (await server.GetAsync($"/api/v1/findings/{id}")).GetProperty("finding");
        Assert.Equal("open", finding.GetProperty("state").GetString());
        Assert.Equal(1, (await server.GetAsync("/api/v1/scans")).GetArrayLength());
        Assert.Single(Entries());
    }

    [Fact]
    public async Task A_change_waits_while_another_process_briefly_holds_the_ledger()
    {
        await using var server = await RunningServer.StartAsync(ledger: LedgerPath);
        await server.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high")));
        var id = (await server.GetAsync("/api/v1/findings")).GetProperty("items")[0].GetProperty("id").GetInt64();

        Task<System.Text.Json.JsonElement> change;
        using (Bulwark.Ledger.Ledger.Open(LedgerPath, writable: true).Value!)
        {
            change = server.PostJsonAsync($"/api/v1/findings/{id}/state", new { state = "confirmed", reason = "after the other writer" });
            await Task.Delay(TimeSpan.FromMilliseconds(300));
        }

        Assert.Equal("confirmed", (await change).GetProperty("state").GetString());
        Assert.Equal(["scan.imported", "finding.state.changed"], Entries().Select(e => e.Action));
    }

    [Fact]
    public async Task A_server_will_not_start_on_a_ledger_that_is_not_there()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RunningServer.StartAsync(ledger: Path.Combine(_directory, "missing.ledger")));

        Assert.Contains("ledger init", error.Message);
    }
}
