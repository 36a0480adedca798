using System.Net;
using System.Text.Json;
using Bulwark.Ledger.Notes;

namespace Bulwark.Server.Tests.Access;

/// <summary>The audit view: who did what, when and why, from the ledger, with filters, and whether the ledger is intact.</summary>
public sealed class AuditViewTests : IAsyncLifetime
{
    private const string Password = "correct horse battery staple";
    private readonly string _directory = Directory.CreateTempSubdirectory("bulwark-audit-").FullName;
    private readonly LedgerKeys _keys = LedgerKeys.Generate("bulwark.test/audit").Value!;
    private RunningServer _server = null!;

    private string LedgerPath => Path.Combine(_directory, "audit.ledger");

    public async Task InitializeAsync()
    {
        Bulwark.Ledger.Ledger.Create(LedgerPath, "bulwark.test/audit").Value!.Dispose();
        Assert.Null(_keys.Write(LedgerPath + ".key", LedgerPath + ".key.pub"));
        _server = await RunningServer.StartAsync(ledger: LedgerPath);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _keys.Dispose();
    }

    [Fact]
    public async Task Sign_ins_and_refusals_are_recorded_and_the_view_filters_them_and_says_the_ledger_is_intact()
    {
        Assert.Null(await Auth.LocalAdministrator.CreateAsync(new ServerOptions(ServerOptions.DefaultListen, _server.DataDirectory, null, LedgerPath), "root-admin", Password, CancellationToken.None));
        using var browser = new UiClient(_server);
        (await browser.SignInAsUserAsync("root-admin", "guessing")).Dispose();
        (await browser.SignInAsync("bwk_not-a-token")).Dispose();
        (await browser.SignInAsUserAsync("root-admin", Password)).Dispose();
        await _server.UploadAsync("shop", Reports.Of(["iac"], ("a-1", "iac", "low")));
        var id = (await _server.GetAsync("/api/v1/findings?product=shop")).GetProperty("items")[0].GetProperty("id").GetInt64();
        (await browser.PostFormAsync($"/ui/findings/{id}/state", $"/ui/findings/{id}", new() { ["state"] = "confirmed", ["reason"] = "seen on staging" })).Dispose();
        Checkpoint();

        var all = await browser.PageAsync("/ui/audit");
        var failed = await browser.PageAsync("/ui/audit?action=auth.login.failed");
        var api = JsonDocument.Parse(await _server.Client.GetStringAsync("/api/v1/audit?actor=root-admin")).RootElement;

        Assert.Contains("Ledger: intact", all);
        Assert.Contains("local-administrator.created", all);
        Assert.Contains("auth.login.succeeded", all);
        Assert.Contains("wrong password", failed);
        Assert.Contains("unknown, revoked or expired token", failed);
        Assert.DoesNotContain("auth.login.succeeded", failed);
        Assert.DoesNotContain("guessing", all);
        Assert.True(api.GetProperty("ledger").GetProperty("intact").GetBoolean());
        var actions = api.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("action").GetString()).ToList();
        Assert.Equal(["finding.state.changed", "auth.login.succeeded", "auth.login.failed"], actions);
        // Whoever acts is recorded with how they signed in, the state change as much as the sign-in.
        Assert.All(api.GetProperty("records").EnumerateArray().Where(r => r.GetProperty("action").GetString() != "auth.login.failed"),
            r => Assert.Equal("local", r.GetProperty("authenticatedBy").GetString()));
    }

    [Fact]
    public async Task A_tampered_ledger_shows_as_tampered()
    {
        using var browser = await UiClient.SignedInAsync(_server, _server.Token!);
        Checkpoint();
        // Someone rewrites who signed in, after the checkpoint was signed.
        var bytes = File.ReadAllBytes(LedgerPath);
        var at = IndexOf(bytes, "bootstrap-admin"u8.ToArray());
        bytes[at] = (byte)'B';
        File.WriteAllBytes(LedgerPath, bytes);

        var status = JsonDocument.Parse(await _server.Client.GetStringAsync("/api/v1/audit")).RootElement.GetProperty("ledger");
        var page = await browser.PageAsync("/ui/audit");

        Assert.False(status.GetProperty("intact").GetBoolean());
        Assert.Contains("Ledger: tampered", page);
        // Nobody signs in while the ledger cannot record it.
        using var refused = await new UiClient(_server).SignInAsync(_server.Token!);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
    }

    [Fact]
    public async Task A_viewer_may_not_read_the_audit_trail()
    {
        var viewer = await _server.AddTokenAsync("viewer", "admin", roles: "viewer", owner: "directory:uid=v");
        using var client = _server.ClientFor(viewer);
        using var browser = await UiClient.SignedInAsync(_server, viewer);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/audit")).StatusCode);
        await browser.PageAsync("/ui/audit", HttpStatusCode.Forbidden);
        Assert.DoesNotContain("/ui/audit", await browser.PageAsync("/ui/"));
    }

    private void Checkpoint()
    {
        using var ledger = Bulwark.Ledger.Ledger.Open(LedgerPath, writable: true).Value!;
        Bulwark.Ledger.LedgerCheckpoints.Write(ledger, _keys.Signer);
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i <= haystack.Length - needle.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        throw new InvalidOperationException("not in the ledger");
    }
}
