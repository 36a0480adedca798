using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Tests;

/// <summary>Signing in to the web UI with a token: sessions, where a sign-in leads, throttling, antiforgery, and the line between UI and API.</summary>
public sealed class WebSignInTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(clock: _clock);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_page_without_a_session_sends_to_the_sign_in_form_with_where_it_was_going()
    {
        using var anonymous = new UiClient(_server);

        using var page = await anonymous.Http.GetAsync("/ui/findings?severity=high");
        using var root = await anonymous.Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/ui/login?returnUrl=%2Fui%2Ffindings%3Fseverity%3Dhigh", page.Headers.Location!.PathAndQuery);
        Assert.Equal("/ui", root.Headers.Location!.OriginalString);
        Assert.Contains("name=\"token\"", await anonymous.PageAsync("/ui/login"));
    }

    [Fact]
    public async Task Signing_in_opens_a_session_cookie_only_the_ui_reads_and_returns_to_the_page_asked_for()
    {
        using var browser = new UiClient(_server);

        using var signIn = await browser.SignInAsync(_server.Token!, "/ui/products?kind=host");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/ui/products?kind=host", signIn.Headers.Location!.OriginalString);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("bulwark_session=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=strict", cookie);
        Assert.Contains("path=/ui", cookie);
        Assert.DoesNotContain("expires=", cookie);
        Assert.Contains("Products: hosts", await browser.PageAsync("/ui/products?kind=host"));
        Assert.DoesNotContain(_server.Token!, cookie);
        await using var store = _server.OpenStore();
        Assert.Equal(1, await store.UiSessions.CountAsync());
    }

    [Theory]
    [InlineData("//evil.example/ui")]
    [InlineData("https://evil.example/ui")]
    [InlineData("/\\evil.example")]
    [InlineData("/ui/..//evil.example")]
    [InlineData("/api/v1/findings")]
    public async Task A_sign_in_never_sends_the_browser_outside_the_ui(string returnUrl)
    {
        using var browser = new UiClient(_server);

        using var signIn = await browser.SignInAsync(_server.Token!, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/ui", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Five_failed_sign_ins_in_a_minute_lock_the_address_out_for_a_while_even_with_the_right_token()
    {
        using var browser = new UiClient(_server);
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await browser.SignInAsync("bwk_" + new string('x', 43));
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Contains("not known", await wrong.Content.ReadAsStringAsync());
        }

        using var locked = await browser.SignInAsync(_server.Token!);
        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        using var later = await browser.SignInAsync(_server.Token!);

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Contains("Too many failed sign-ins", await locked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
    }

    [Fact]
    public async Task Failures_spread_over_more_than_a_minute_do_not_lock_anyone_out()
    {
        using var browser = new UiClient(_server);
        for (var i = 0; i < 8; i++)
        {
            using var wrong = await browser.SignInAsync("bwk_wrong");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            _clock.Advance(TimeSpan.FromSeconds(20));
        }

        using var right = await browser.SignInAsync(_server.Token!);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
    }

    [Fact]
    public async Task A_form_posted_without_the_antiforgery_token_is_refused()
    {
        using var browser = new UiClient(_server);

        using var signIn = await browser.PostFormAsync("/ui/login", page: null, new() { ["token"] = _server.Token! });

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Contains("Form refused", await signIn.Content.ReadAsStringAsync());
        await browser.PageAsync("/ui", HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_session_cookie_opens_no_api_call_and_a_bearer_token_opens_no_page()
    {
        using var browser = await UiClient.SignedInAsync(_server, _server.Token!);

        using var api = await browser.Http.GetAsync("/api/v1/findings");
        using var bearer = new UiClient(_server);
        bearer.Http.DefaultRequestHeaders.Authorization = new("Bearer", _server.Token);
        using var page = await bearer.Http.GetAsync("/ui");

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/ui/login", page.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Revoking_a_token_ends_its_sessions_at_the_next_request()
    {
        var token = await _server.AddTokenAsync("alice", "read");
        using var browser = await UiClient.SignedInAsync(_server, token);
        await browser.PageAsync("/ui");

        await using (var store = _server.OpenStore())
        {
            await store.ApiTokens.Where(t => t.Name == "alice").ExecuteUpdateAsync(u => u.SetProperty(t => t.RevokedAt, DateTimeOffset.UtcNow));
        }

        await browser.PageAsync("/ui", HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_for_good_even_for_a_copy_of_the_cookie()
    {
        using var browser = await UiClient.SignedInAsync(_server, _server.Token!);
        var copy = browser.Cookies.GetCookieHeader(new Uri(browser.Http.BaseAddress!, "/ui"));

        using var signOut = await browser.PostFormAsync("/ui/logout", "/ui", []);
        using var replay = new HttpRequestMessage(HttpMethod.Get, "/ui");
        replay.Headers.Add("Cookie", copy);
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = browser.Http.BaseAddress };
        using var replayed = await anonymous.SendAsync(replay);

        Assert.Equal("/ui/login", signOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        await using var store = _server.OpenStore();
        Assert.Equal(0, await store.UiSessions.CountAsync());
    }

    [Fact]
    public async Task A_session_ends_after_eight_hours_without_use()
    {
        using var browser = await UiClient.SignedInAsync(_server, _server.Token!);
        _clock.Advance(TimeSpan.FromHours(5));
        await browser.PageAsync("/ui");

        _clock.Advance(TimeSpan.FromHours(5));
        await browser.PageAsync("/ui");
        _clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));

        await browser.PageAsync("/ui", HttpStatusCode.Redirect);
    }
}
