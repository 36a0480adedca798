using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Tests.Access;

/// <summary>API tokens people make for CI: shown once, stored hashed, bounded by their owner's roles and their scope, expiring, revocable, audited.</summary>
public sealed partial class TokenTests : IAsyncLifetime
{
    private const string Alice = "directory:uid=alice,cn=users,cn=accounts,dc=example,dc=org";
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly string _ledger = Path.Combine(Directory.CreateTempSubdirectory("bulwark-tokens-").FullName, "audit.ledger");
    private RunningServer _server = null!;

    public async Task InitializeAsync()
    {
        Bulwark.Ledger.Ledger.Create(_ledger, "bulwark.test/tokens").Value!.Dispose();
        _server = await RunningServer.StartAsync(clock: _clock, ledger: _ledger);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_token_made_in_the_web_ui_is_shown_once_kept_as_a_hash_and_acts_with_its_owners_roles()
    {
        var session = await _server.AddTokenAsync("alice-web", "admin", roles: "developer", owner: Alice);
        using var browser = await UiClient.SignedInAsync(_server, session);

        using var made = await browser.PostFormAsync("/ui/tokens", "/ui/tokens", new() { ["name"] = "ci-shop", ["scope"] = "upload", ["days"] = "30" });
        var page = await made.Content.ReadAsStringAsync();
        var token = NewTokenPattern().Match(page).Groups[1].Value;
        var list = await browser.PageAsync("/ui/tokens");

        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        Assert.StartsWith("bwk_", token);
        Assert.DoesNotContain(token, list);
        Assert.Contains("ci-shop", list);
        await using (var store = _server.OpenStore())
        {
            var record = await store.ApiTokens.SingleAsync(t => t.Name == "ci-shop");
            Assert.NotEqual(token, record.Hash);
            Assert.Equal(Auth.ApiTokens.Hash(token), record.Hash);
            Assert.Equal(Alice, record.OwnerPerson);
            Assert.Equal("developer", record.Roles);
            Assert.Equal(_clock.Now.AddDays(30), record.ExpiresAt);
        }

        using var ci = Client(token);
        using var upload = await ci.PostAsync("/api/v1/scans?product=shop", new StringContent(Reports.Of(["iac"], ("t-1", "iac", "high")), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var id = (await _server.GetAsync("/api/v1/findings?product=shop")).GetProperty("items")[0].GetProperty("id").GetInt64();
        // A developer does not judge findings, whatever the scope of their token.
        using var judged = await ci.PostAsJsonAsync($"/api/v1/findings/{id}/state", new { state = "confirmed", reason = "mine" });
        Assert.Equal(HttpStatusCode.Forbidden, judged.StatusCode);
    }

    [Fact]
    public async Task A_read_token_cannot_upload_and_an_upload_token_cannot_make_tokens()
    {
        var read = await _server.AddTokenAsync("reader", "read", roles: "administrator", owner: Alice);
        var upload = await _server.AddTokenAsync("uploader", "upload", roles: "administrator", owner: Alice);

        using var readClient = Client(read);
        using var refusedUpload = await readClient.PostAsync("/api/v1/scans?product=shop", new StringContent(Reports.Of(["iac"], ("t-2", "iac", "low")), System.Text.Encoding.UTF8, "application/json"));
        using var uploadClient = Client(upload);
        using var refusedMaking = await uploadClient.PostAsJsonAsync("/api/v1/tokens", new { name = "more", scope = "read", days = 1 });

        Assert.Equal(HttpStatusCode.Forbidden, refusedUpload.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refusedMaking.StatusCode);
        Assert.Contains("admin-scope", (await refusedMaking.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_admin_token_makes_narrower_tokens_through_the_api_that_expire()
    {
        var admin = await _server.AddTokenAsync("provisioner", "admin", roles: "administrator", owner: Alice);
        using var client = Client(admin);

        using var made = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "nightly", scope = "read", days = 2 });
        var body = await made.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("token").GetString()!;
        using var badScope = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "x", scope = "root", days = 2 });
        using var tooLong = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "x", scope = "read", days = 400 });

        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badScope.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        using var nightly = Client(token);
        Assert.Equal(HttpStatusCode.OK, (await nightly.GetAsync("/api/v1/findings")).StatusCode);
        _clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await nightly.GetAsync("/api/v1/findings")).StatusCode);
    }

    [Fact]
    public async Task A_person_revokes_their_own_tokens_not_anothers_and_an_administrator_revokes_any()
    {
        var aliceToken = await _server.AddTokenAsync("alice-ci", "read", roles: "developer", owner: Alice);
        var bob = await _server.AddTokenAsync("bob", "admin", roles: "developer", owner: "directory:uid=bob,cn=users,cn=accounts,dc=example,dc=org");
        var alice = await _server.AddTokenAsync("alice", "admin", roles: "developer", owner: Alice);
        long id;
        await using (var store = _server.OpenStore())
        {
            id = (await store.ApiTokens.SingleAsync(t => t.Name == "alice-ci")).Id;
        }

        using var bobClient = Client(bob);
        var bobSees = await bobClient.GetFromJsonAsync<JsonElement>("/api/v1/tokens");
        using var bobRevokes = await bobClient.DeleteAsync($"/api/v1/tokens/{id}");
        using var aliceClient = Client(alice);
        using var aliceRevokes = await aliceClient.DeleteAsync($"/api/v1/tokens/{id}?reason=leaked+in+a+log");

        Assert.DoesNotContain(bobSees.EnumerateArray(), t => t.GetProperty("name").GetString() == "alice-ci");
        Assert.Equal(HttpStatusCode.NotFound, bobRevokes.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, aliceRevokes.StatusCode);
        using var revoked = Client(aliceToken);
        Assert.Equal(HttpStatusCode.Unauthorized, (await revoked.GetAsync("/api/v1/findings")).StatusCode);

        // The bootstrap token is an administrator's: it sees and may revoke every token.
        var all = await _server.GetAsync("/api/v1/tokens");
        Assert.Contains(all.EnumerateArray(), t => t.GetProperty("name").GetString() == "alice-ci" && t.GetProperty("revokedAt").ValueKind != JsonValueKind.Null);
        Assert.DoesNotContain("bwk_", all.ToString());
    }

    [Fact]
    public async Task Making_revoking_and_the_first_use_of_each_day_are_in_the_ledger()
    {
        var admin = await _server.AddTokenAsync("provisioner", "admin", roles: "administrator", owner: Alice);
        using var client = Client(admin);
        using var made = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "audited", scope = "read", days = 5 });
        var id = (await made.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("details").GetProperty("id").GetInt64();
        await client.GetAsync("/api/v1/findings");
        await client.GetAsync("/api/v1/findings");
        _clock.Advance(TimeSpan.FromDays(1));
        await client.GetAsync("/api/v1/findings");
        await client.DeleteAsync($"/api/v1/tokens/{id}?reason=no+longer+needed");

        var events = Events();
        Assert.Single(events, e => e.Action == "token.created" && e.Subject == "token/audited" && e.Actor.Id == "provisioner (token provisioner)");
        Assert.Single(events, e => e.Action == "token.revoked" && e.Subject == "token/audited" && e.Reason == "no longer needed");
        Assert.Equal(2, events.Count(e => e.Action == "token.used" && e.Subject == "token/provisioner"));
        Assert.DoesNotContain(events, e => e.Payload.ToString()!.Contains("bwk_", StringComparison.Ordinal));
    }

    private List<Bulwark.Ledger.Events.LedgerEvent> Events()
    {
        using var ledger = Bulwark.Ledger.Ledger.Open(_ledger, writable: false).Value!;
        return [.. ledger.ReadEntries().Select(e => e.Event)];
    }

    private HttpClient Client(string token) => _server.ClientFor(token);

    [GeneratedRegex("<pre class=\"evidence\" id=\"new-token\">([^<]+)</pre>")]
    private static partial Regex NewTokenPattern();
}
