using System.Net;
using System.Text.RegularExpressions;

namespace Bulwark.Server.Tests;

/// <summary>
/// A client that uses the web UI as a browser without script would: it keeps cookies, follows no redirect by itself (the
/// tests look at where it is sent), signs in through the form, and posts forms with the antiforgery token of the page
/// they are on.
/// </summary>
internal sealed partial class UiClient : IDisposable
{
    private readonly HttpClientHandler _handler;

    public UiClient(RunningServer server)
        : this(server.Client.BaseAddress!)
    {
    }

    public UiClient(Uri address)
    {
        _handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
        Http = new HttpClient(_handler) { BaseAddress = address };
    }

    public HttpClient Http { get; }

    public CookieContainer Cookies => _handler.CookieContainer;

    /// <summary>A client signed in with <paramref name="token"/>.</summary>
    public static Task<UiClient> SignedInAsync(RunningServer server, string token) => SignedInAsync(server.Client.BaseAddress!, token);

    /// <summary>A client of the server at <paramref name="address"/>, signed in with <paramref name="token"/>.</summary>
    public static async Task<UiClient> SignedInAsync(Uri address, string token)
    {
        var client = new UiClient(address);
        using var response = await client.SignInAsync(token);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    public async Task<HttpResponseMessage> SignInAsync(string token, string? returnUrl = null)
    {
        var fields = new Dictionary<string, string> { ["token"] = token };
        if (returnUrl is not null)
        {
            fields["returnUrl"] = returnUrl;
        }

        return await PostFormAsync("/ui/login", "/ui/login", fields);
    }

    /// <summary>Signs in through the directory form as <paramref name="user"/>.</summary>
    public async Task<HttpResponseMessage> SignInAsUserAsync(string user, string password) =>
        await PostFormAsync("/ui/login", "/ui/login", new() { ["user"] = user, ["password"] = password });

    /// <summary>The page's text, after checking its status.</summary>
    public async Task<string> PageAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Http.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {path}: {(int)response.StatusCode} instead of {(int)expected}: {text}");
        return text;
    }

    /// <summary>Posts <paramref name="fields"/> to <paramref name="action"/> with the antiforgery token of the form on <paramref name="page"/> (none when null).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string action, string? page, Dictionary<string, string> fields)
    {
        var all = new Dictionary<string, string>(fields);
        if (page is not null)
        {
            all["__RequestVerificationToken"] = CsrfPattern().Match(await PageAsync(page)).Groups[1].Value;
        }

        return await Http.PostAsync(action, new FormUrlEncodedContent(all));
    }

    public void Dispose()
    {
        Http.Dispose();
        _handler.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfPattern();
}
