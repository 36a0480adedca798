using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bulwark.Server;
using Bulwark.Server.Auth;

namespace Bulwark.Cli.Tests;

/// <summary>
/// <c>bulwark approve request</c> and <c>wait</c> against a real server: a deploy step that waits for a second pair
/// of eyes exits 0 when approved, 1 when rejected, expired or left waiting, 2 when it is used wrongly.
/// </summary>
public sealed class ApproveCommandTests : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("bulwark-approve-").FullName;
    private readonly Clock _clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private ServerHost _server = null!;
    private string _pipeline = null!;
    private HttpClient _approver = null!;

    public async Task InitializeAsync()
    {
        _server = await ServerHost.StartAsync(new ServerOptions("http://127.0.0.1:0", _data, null), new StringWriter(), _clock, CancellationToken.None);
        _pipeline = await TokenAsync("ci-pipeline", "developer");
        _approver = new HttpClient { BaseAddress = new Uri(_server.Addresses[0]) };
        _approver.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync("bob", "approver"));
    }

    public async Task DisposeAsync()
    {
        _approver.Dispose();
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    private CliRun Approve(params string[] args) => CliRun.Of(_data, ["approve", .. args, "--server", _server.Addresses[0], "--token", _pipeline]);

    private long Request(string subject, params string[] more)
    {
        var run = Approve(["request", "--kind", "deploy", "--subject", subject, "--reason", "release", .. more]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return long.Parse(run.Output.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task DecideAsync(long id, string decision)
    {
        using var response = await _approver.PostAsJsonAsync($"/api/v1/changes/{id}/{decision}", new { reason = "change board" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_approved_deploy_passes_the_gate()
    {
        var id = Request("service@1.4.2");
        await DecideAsync(id, "approve");

        var wait = Approve("wait", $"{id}", "--timeout", "1m");

        Assert.Equal(0, wait.ExitCode);
        Assert.Contains($"change request #{id} approved: approved by bob (token bob) (change board)", wait.Error);
        Assert.DoesNotContain(_pipeline, wait.Output + wait.Error);
    }

    [Fact]
    public async Task The_gate_waits_for_an_approval_that_comes_while_it_waits()
    {
        var id = Request("service@1.4.3");
        var waiting = Task.Run(() => Approve("wait", $"{id}", "--timeout", "5m", "--interval", "1s"));

        await DecideAsync(id, "approve");

        Assert.Equal(0, (await waiting).ExitCode);
    }

    [Fact]
    public async Task A_rejected_deploy_fails_the_gate()
    {
        var id = Request("service@1.4.4");
        await DecideAsync(id, "reject");

        var wait = Approve("wait", $"{id}");

        Assert.Equal(1, wait.ExitCode);
        Assert.Contains($"change request #{id} was rejected: rejected by bob (token bob): change board", wait.Error);
    }

    [Fact]
    public void An_expired_request_fails_the_gate()
    {
        var id = Request("service@1.4.5", "--expires", "2h");
        _clock.Advance(TimeSpan.FromHours(3));

        var wait = Approve("wait", $"{id}");

        Assert.Equal(1, wait.ExitCode);
        Assert.Contains($"change request #{id} expired without approval", wait.Error);
    }

    [Fact]
    public void A_request_nobody_decides_in_time_fails_the_gate()
    {
        var id = Request("service@1.4.6");

        var wait = Approve("wait", $"{id}", "--timeout", "1s", "--interval", "1s");

        Assert.Equal(1, wait.ExitCode);
        Assert.Contains($"change request #{id} still waits for approval", wait.Error);
    }

    [Fact]
    public void The_request_is_printed_as_json_with_format_json_and_the_token_may_come_from_the_environment()
    {
        Environment.SetEnvironmentVariable("BULWARK_TOKEN", _pipeline);
        try
        {
            var run = CliRun.Of(_data, "approve", "request", "--server", _server.Addresses[0], "--kind", "db-migration", "--subject", "orders v12", "--reason", "add index", "--format", "json");

            Assert.Equal(0, run.ExitCode);
            var request = JsonDocument.Parse(run.Output).RootElement;
            Assert.Equal(("db-migration", "orders v12", "pending", 1), (request.GetProperty("kind").GetString(), request.GetProperty("subject").GetString(), request.GetProperty("state").GetString(), request.GetProperty("approvalsNeeded").GetInt32()));
        }
        finally
        {
            Environment.SetEnvironmentVariable("BULWARK_TOKEN", null);
        }
    }

    [Fact]
    public void Usage_errors_and_refusals_exit_2_with_one_line_and_no_stack_trace()
    {
        var badKind = Approve("request", "--kind", "Deploy!", "--subject", "x", "--reason", "r");
        var badTimeout = Approve("wait", "1", "--timeout", "soon");
        var unknown = Approve("wait", "999");
        var noServer = CliRun.Of(_data, "approve", "wait", "1", "--token", _pipeline);
        var wrongToken = CliRun.Of(_data, "approve", "wait", "1", "--server", _server.Addresses[0], "--token", "bwk_" + new string('x', 43));

        Assert.All([badKind, badTimeout, unknown, noServer, wrongToken], r => Assert.Equal(2, r.ExitCode));
        Assert.All([badKind, badTimeout, unknown, noServer, wrongToken], r => Assert.DoesNotContain("   at ", r.Error));
        Assert.Contains("kind: lower-case letters", badKind.Error);
        Assert.Contains("--timeout: 'soon' is not a duration", badTimeout.Error);
        Assert.Contains("404 Not Found: no change request 999", unknown.Error);
        Assert.Contains("--server: expected the server's URL", noServer.Error);
        Assert.Contains("401", wrongToken.Error);
    }

    // A token of a directory person with roles, as the server keeps one a person made for themselves.
    private async Task<string> TokenAsync(string name, string roles)
    {
        var token = ApiTokens.New();
        await using var store = new Server.Store.StoreContext(Server.Store.StoreOptions.For(null, _data));
        store.ApiTokens.Add(new Server.Store.Model.ApiToken
        {
            Name = name, Hash = ApiTokens.Hash(token), Scope = TokenScopes.Admin, CreatedAt = _clock.GetUtcNow(),
            OwnerPerson = Persons.OfDirectory($"uid={name},dc=example,dc=test"), OwnerName = name, Roles = roles,
        });
        await store.SaveChangesAsync();
        return token;
    }

    private sealed class Clock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
