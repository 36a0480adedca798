using System.Net;
using System.Text.Json;
using Bulwark.Server.Directories;
using Bulwark.Server.Oidc;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Tests.Oidc;

/// <summary>
/// Signing in to the web UI with an OpenID Connect provider, against <see cref="FakeOpenIdProvider"/>: the browser's
/// redirects are followed by hand, so each step is seen. What the provider signs is changed to show what the server
/// refuses, and the server's own records (sessions, the ledger) show what a success leaves behind.
/// </summary>
public sealed class OidcSignInTests : IAsyncLifetime
{
    private const string PublicUrl = "http://127.0.0.1";
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("bulwark-oidc-").FullName;
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly HttpClient _toProvider = new(new HttpClientHandler { AllowAutoRedirect = false });
    private FakeOpenIdProvider _provider = null!;
    private RunningServer _server = null!;

    private string LedgerPath => Path.Combine(_folder, "audit.ledger");

    public async Task InitializeAsync()
    {
        Bulwark.Ledger.Ledger.Create(LedgerPath, "bulwark.test/oidc").Value!.Dispose();
        _provider = await FakeOpenIdProvider.StartAsync(_clock, PublicUrl + OidcOptions.CallbackPath);
        _server = await RunningServer.StartAsync(clock: _clock, ledger: LedgerPath, signInDirectory: Config(_provider.Issuer));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _provider.DisposeAsync();
        _toProvider.Dispose();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    private DirectoryConfig Config(string issuer, string? secretFile = null)
    {
        var file = Path.Combine(_folder, $"sign-in-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["oidc"] = new Dictionary<string, object?>
            {
                ["issuer"] = issuer, ["clientId"] = FakeOpenIdProvider.ClientId, ["publicUrl"] = PublicUrl,
                ["scopes"] = new[] { "openid", "profile", "groups" }, ["label"] = "Sign in with the test provider", ["clientSecretFile"] = secretFile,
            },
            ["roles"] = new Dictionary<string, string[]>
            {
                ["administrator"] = ["bulwark-admins"],
                ["viewer"] = ["bulwark-viewers"],
            },
        }));
        var config = DirectoryConfig.Load(file);
        Assert.True(config.Succeeded, string.Join("; ", config.Problems));
        return config.Value!;
    }

    // The browser goes to /ui/login/oidc, is sent to the provider, and comes back with the callback address it gave;
    // the callback's path and query go to the server, as PublicUrl is where people reach it.
    private async Task<string> CallbackAsync(UiClient browser, string returnUrl = "/ui/findings")
    {
        using var start = await browser.Http.GetAsync($"/ui/login/oidc?returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.True(start.StatusCode == HttpStatusCode.Redirect, $"start answered {(int)start.StatusCode}: {await start.Content.ReadAsStringAsync()}");
        using var atProvider = await _toProvider.GetAsync(start.Headers.Location);
        Assert.True(atProvider.StatusCode == HttpStatusCode.Redirect, $"the provider answered {(int)atProvider.StatusCode}: {await atProvider.Content.ReadAsStringAsync()}");
        var back = atProvider.Headers.Location!;
        Assert.Equal(PublicUrl + OidcOptions.CallbackPath, back.GetLeftPart(UriPartial.Path));
        return back.PathAndQuery;
    }

    private async Task<HttpResponseMessage> SignInAsync(UiClient browser, string returnUrl = "/ui/findings") =>
        await browser.Http.GetAsync(await CallbackAsync(browser, returnUrl));

    private async Task<string> RefusedAsync(UiClient browser, HttpStatusCode expected)
    {
        using var response = await SignInAsync(browser);
        var page = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} instead of {(int)expected}: {page}");
        Assert.Contains("id=\"login-problem\"", page);
        await AssertSignedOutAsync(browser);
        return page;
    }

    private static async Task AssertSignedOutAsync(UiClient browser)
    {
        using var home = await browser.Http.GetAsync("/ui/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/ui/login", home.Headers.Location!.AbsolutePath);
    }

    private IReadOnlyList<Bulwark.Ledger.Events.LedgerEvent> Ledger()
    {
        using var ledger = Bulwark.Ledger.Ledger.Open(LedgerPath, writable: false).Value!;
        return [.. ledger.ReadEntries().Select(e => e.Event).Where(e => e.Action.StartsWith("auth.login", StringComparison.Ordinal))];
    }

    [Fact]
    public async Task The_sign_in_page_offers_the_provider_as_a_link_and_no_password_form_without_a_directory()
    {
        using var browser = new UiClient(_server);

        var page = await browser.PageAsync("/ui/login?returnUrl=/ui/products");

        Assert.Contains("<a class=\"button primary\" id=\"oidc-sign-in\" href=\"/ui/login/oidc?returnUrl=%2Fui%2Fproducts\">Sign in with the test provider</a>", page);
        Assert.DoesNotContain("name=\"password\"", page);
        Assert.Contains("name=\"token\"", page);
    }

    [Fact]
    public async Task The_provider_is_asked_for_a_code_with_state_nonce_and_an_S256_challenge()
    {
        using var browser = new UiClient(_server);

        using var start = await browser.Http.GetAsync("/ui/login/oidc");

        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var to = start.Headers.Location!;
        Assert.Equal(_provider.Issuer + "/protocol/openid-connect/auth", to.GetLeftPart(UriPartial.Path));
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(to.Query);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal(FakeOpenIdProvider.ClientId, query["client_id"]);
        Assert.Equal(PublicUrl + OidcOptions.CallbackPath, query["redirect_uri"]);
        Assert.Equal("openid profile groups", query["scope"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(43, query["code_challenge"].ToString().Length);
        Assert.NotEqual(query["state"], query["nonce"]);
        var cookie = Assert.Single(start.Headers.GetValues("Set-Cookie"), c => c.StartsWith(OidcSignIn.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/ui/login/oidc", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"{OidcSignIn.CookieName}={query["state"]};", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_signs_in_with_roles_from_their_groups_and_the_session_and_ledger_know_them()
    {
        using var browser = new UiClient(_server);

        using var signedIn = await SignInAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/ui/findings", signedIn.Headers.Location!.OriginalString);
        Assert.Contains("alice", await browser.PageAsync("/ui/"));
        Assert.Contains("Ledger", await browser.PageAsync("/ui/audit"));
        await using var store = _server.OpenStore();
        var session = await store.UiSessions.AsNoTracking().SingleAsync();
        Assert.Equal(("alice", $"oidc:{_provider.Issuer}#u-1", "administrator", (long?)null, (string?)null),
            (session.UserName, session.Person, session.Roles, session.TokenId, session.UserDn));
        Assert.Empty(await store.Settings.Where(s => s.Key.StartsWith(OidcFlows.Prefix)).ToListAsync());
        var record = Assert.Single(Ledger());
        Assert.Equal(("auth.login.succeeded", "alice", "oidc"), (record.Action, record.Actor.Id, record.Actor.AuthenticatedBy));
    }

    [Fact]
    public async Task A_confidential_client_authenticates_to_the_token_endpoint_with_its_secret()
    {
        var secretFile = Path.Combine(_folder, "client.secret");
        await File.WriteAllTextAsync(secretFile, "the-client-secret\n");
        await using var provider = await FakeOpenIdProvider.StartAsync(_clock, PublicUrl + OidcOptions.CallbackPath, clientSecret: "the-client-secret");
        await using var server = await RunningServer.StartAsync(clock: _clock, signInDirectory: Config(provider.Issuer, secretFile));
        using var browser = new UiClient(server);

        using var start = await browser.Http.GetAsync("/ui/login/oidc");
        using var atProvider = await _toProvider.GetAsync(start.Headers.Location);
        using var signedIn = await browser.Http.GetAsync(atProvider.Headers.Location!.PathAndQuery);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Empty(provider.Refusals);
        Assert.Equal(1, provider.Issued);
    }

    [Theory]
    [InlineData("nonce", "its nonce is not this sign-in's")]
    [InlineData("audience", "not for the client id")]
    [InlineData("several audiences", "authorized party")]
    [InlineData("issuer", "not by the configured issuer")]
    [InlineData("expired", "it has expired")]
    [InlineData("future", "issued in the future")]
    public async Task An_id_token_with_wrong_claims_is_refused(string wrong, string reason)
    {
        _provider.Tamper = claims =>
        {
            switch (wrong)
            {
                case "nonce": claims["nonce"] = "another-sign-in"; break;
                case "audience": claims["aud"] = "another-client"; break;
                case "several audiences": claims["aud"] = new[] { FakeOpenIdProvider.ClientId, "another-client" }; break;
                case "issuer": claims["iss"] = "https://elsewhere.example.org/realms/test"; break;
                case "expired": claims["exp"] = _clock.Now.AddMinutes(-5).ToUnixTimeSeconds(); break;
                case "future": claims["iat"] = _clock.Now.AddMinutes(10).ToUnixTimeSeconds(); break;
            }
        };
        using var browser = new UiClient(_server);

        var page = await RefusedAsync(browser, HttpStatusCode.BadRequest);

        Assert.Contains("could not be verified", page);
        var record = Assert.Single(Ledger());
        Assert.Equal(("auth.login.failed", "oidc"), (record.Action, record.Actor.AuthenticatedBy));
        Assert.Contains(reason, record.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_signed_with_a_key_the_provider_does_not_publish_is_refused()
    {
        using var other = FakeOpenIdProvider.OtherKey();
        _provider.SignWith = other;
        using var browser = new UiClient(_server);

        await RefusedAsync(browser, HttpStatusCode.BadRequest);

        Assert.Contains("signature does not verify", Assert.Single(Ledger()).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsigned_token_is_refused()
    {
        _provider.Unsigned = true;
        using var browser = new UiClient(_server);

        await RefusedAsync(browser, HttpStatusCode.BadRequest);

        Assert.Contains("algorithm 'none' is not accepted", Assert.Single(Ledger()).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_callback_is_used_once_even_by_someone_holding_the_state_cookie()
    {
        using var browser = new UiClient(_server);
        var callback = await CallbackAsync(browser);
        var state = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + callback).Query)["state"].ToString();
        using (var first = await browser.Http.GetAsync(callback))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var replayer = new UiClient(_server);
        replayer.Cookies.Add(replayer.Http.BaseAddress!, new Cookie(OidcSignIn.CookieName, state, "/ui/login/oidc"));
        using var replay = await replayer.Http.GetAsync(callback);

        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Contains("already used", await replay.Content.ReadAsStringAsync());
        Assert.Equal(1, _provider.Issued);
        await AssertSignedOutAsync(replayer);
    }

    [Fact]
    public async Task A_callback_in_a_browser_that_did_not_start_the_sign_in_is_refused()
    {
        using var victim = new UiClient(_server);
        var callback = await CallbackAsync(victim);
        using var withNoFlow = new UiClient(_server);
        using var withAnotherFlow = new UiClient(_server);
        // Its own flow's cookie, with a state the provider never saw back from this callback.
        _ = await CallbackAsync(withAnotherFlow);

        using var noCookie = await withNoFlow.Http.GetAsync(callback);
        using var otherCookie = await withAnotherFlow.Http.GetAsync(callback);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (noCookie.StatusCode, otherCookie.StatusCode));
        Assert.Equal(0, _provider.Issued);
        await AssertSignedOutAsync(withNoFlow);
        await AssertSignedOutAsync(withAnotherFlow);
        Assert.All(Ledger(), r => Assert.Contains("not this browser's", r.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sign_in_that_took_longer_than_ten_minutes_at_the_provider_is_refused()
    {
        using var browser = new UiClient(_server);
        var callback = await CallbackAsync(browser);
        _clock.Advance(OidcFlows.Lifetime + TimeSpan.FromSeconds(1));

        using var late = await browser.Http.GetAsync(callback);

        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal(0, _provider.Issued);
    }

    [Fact]
    public async Task The_server_sends_the_verifier_of_its_challenge_and_the_provider_refuses_any_other()
    {
        using var browser = new UiClient(_server);
        var callback = await CallbackAsync(browser);
        await using (var store = _server.OpenStore())
        {
            // Someone who saw the code but not the verifier: the flow's verifier is replaced by another of the same shape.
            var flow = await store.Settings.SingleAsync(s => s.Key.StartsWith(OidcFlows.Prefix));
            var verifier = JsonDocument.Parse(flow.Value).RootElement.GetProperty("Verifier").GetString()!;
            flow.Value = flow.Value.Replace(verifier, Auth.ApiTokens.NewSecret(), StringComparison.Ordinal);
            await store.SaveChangesAsync();
        }

        using var refused = await browser.Http.GetAsync(callback);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("PKCE verification failed", Assert.Single(_provider.Refusals));
        Assert.Equal(0, _provider.Issued);
        Assert.Contains("invalid_grant", Assert.Single(Ledger()).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_in_no_mapped_group_is_not_let_in_and_is_told_why()
    {
        _provider.User = new FakeUser("u-2", "mallory", ["interns"]);
        using var browser = new UiClient(_server);

        var page = await RefusedAsync(browser, HttpStatusCode.Forbidden);

        Assert.Contains("Ask an administrator to add you to one.", page);
        Assert.EndsWith("Ask an administrator to add you to one.", RoleMap.NoRoleReason, StringComparison.Ordinal);
        var record = Assert.Single(Ledger());
        Assert.Equal(("auth.login.failed", "mallory"), (record.Action, record.Actor.Id));
    }

    [Fact]
    public async Task A_group_change_at_the_provider_counts_at_the_next_sign_in()
    {
        using (var first = new UiClient(_server))
        {
            (await SignInAsync(first)).Dispose();
        }

        _provider.User = new FakeUser("u-1", "alice", ["bulwark-viewers"]);
        using var second = new UiClient(_server);
        (await SignInAsync(second)).Dispose();

        await using var store = _server.OpenStore();
        var roles = await store.UiSessions.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Roles).ToListAsync();
        Assert.Equal(["administrator", "viewer"], roles);
        Assert.Equal(HttpStatusCode.Forbidden, (await second.Http.GetAsync("/ui/audit")).StatusCode);
    }

    [Fact]
    public async Task A_person_who_declines_at_the_provider_is_shown_the_sign_in_page_with_the_provider_s_answer()
    {
        _provider.Deny = true;
        using var browser = new UiClient(_server);

        var page = await RefusedAsync(browser, HttpStatusCode.Forbidden);

        Assert.Contains("did not sign you in (access_denied)", page);
    }

    [Fact]
    public async Task Failed_callbacks_count_against_the_address_like_wrong_passwords()
    {
        using var browser = new UiClient(_server);
        for (var i = 0; i < Auth.LoginThrottle.Attempts; i++)
        {
            (await browser.Http.GetAsync("/ui/login/oidc/callback?code=guess&state=guess")).Dispose();
        }

        using var locked = await browser.Http.GetAsync("/ui/login/oidc/callback?code=guess&state=guess");

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
    }

    [Fact]
    public async Task A_provider_that_cannot_be_reached_gives_a_clear_503()
    {
        await using var server = await RunningServer.StartAsync(clock: _clock, signInDirectory: Config("http://127.0.0.1:1/realms/gone"));
        using var browser = new UiClient(server);

        using var start = await browser.Http.GetAsync("/ui/login/oidc");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, start.StatusCode);
        Assert.Contains("The sign-in provider cannot be reached just now.", await start.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_a_provider_configured_the_routes_are_not_there()
    {
        await using var server = await RunningServer.StartAsync();
        using var browser = new UiClient(server);

        using var start = await browser.Http.GetAsync("/ui/login/oidc");

        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
        Assert.DoesNotContain("oidc-sign-in", await browser.PageAsync("/ui/login"));
    }
}
