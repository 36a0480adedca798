using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Bulwark.Server.Oidc;

/// <summary>
/// This server's side of talking to the provider: its discovery document (OpenID Connect Discovery 1.0 §4), kept for an
/// hour; its keys, fetched again when a token names a key they lack (the provider rolled its keys); and the token
/// endpoint, where a code and its PKCE verifier become an ID token. Failures are values: a problem for the log, never
/// holding a code, a token or the client secret.
/// </summary>
internal sealed class OidcProvider(OidcOptions options, TimeProvider clock, ILogger<OidcProvider> log) : IDisposable
{
    private static readonly TimeSpan DiscoveryLifetime = TimeSpan.FromHours(1);

    private readonly HttpClient _http = new() { Timeout = options.Timeout };
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (Discovery Document, DateTimeOffset At)? _discovery;
    private JsonWebKeySet? _keys;

    public OidcOptions Options => options;

    /// <summary>The endpoints this server uses, from the provider's discovery document.</summary>
    internal sealed record Discovery(Uri AuthorizationEndpoint, Uri TokenEndpoint, Uri JwksUri, bool SecretInBody);

    /// <summary>What the token endpoint answered: an ID token, or why not, and whether the provider refused (the code or client) rather than could not be asked.</summary>
    internal sealed record TokenAnswer(string? IdToken, string? Problem, bool Refused);

    public async Task<(Discovery? Document, string? Problem)> DiscoverAsync(CancellationToken cancellationToken)
    {
        if (_discovery is { } cached && clock.GetUtcNow() - cached.At < DiscoveryLifetime)
        {
            return (cached.Document, null);
        }

        var url = options.Issuer.TrimEnd('/') + "/.well-known/openid-configuration";
        var (json, problem) = await GetJsonAsync(url, cancellationToken);
        if (json is not { } document)
        {
            return (null, $"discovery at {url}: {problem}");
        }

        // Discovery §4.3: the document must name the issuer we asked, or someone else's tokens could pass as ours.
        if (JsonWebToken.Text(document, "issuer") != options.Issuer)
        {
            return (null, $"discovery at {url}: it names the issuer '{JsonWebToken.Text(document, "issuer")}', not '{options.Issuer}'");
        }

        var (authorize, token, jwks) = (Endpoint(document, "authorization_endpoint"), Endpoint(document, "token_endpoint"), Endpoint(document, "jwks_uri"));
        if (authorize is null || token is null || jwks is null)
        {
            return (null, $"discovery at {url}: authorization_endpoint, token_endpoint and jwks_uri must all be {(Loopback ? "http(s)" : "https")} URLs");
        }

        var discovered = new Discovery(authorize, token, jwks, SecretInBody(document));
        _discovery = (discovered, clock.GetUtcNow());
        return (discovered, null);
    }

    /// <summary>The provider's keys; fetched again with <paramref name="refresh"/>.</summary>
    public async Task<(JsonWebKeySet? Keys, string? Problem)> KeysAsync(Discovery discovery, bool refresh, CancellationToken cancellationToken)
    {
        if (!refresh && _keys is { } known)
        {
            return (known, null);
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            var (json, problem) = await GetJsonAsync(discovery.JwksUri.ToString(), cancellationToken);
            if (json is not { } document)
            {
                return (null, $"keys at {discovery.JwksUri}: {problem}");
            }

            var (keys, invalid) = JsonWebKeySet.Parse(document);
            if (keys is null)
            {
                return (null, $"keys at {discovery.JwksUri}: {invalid}");
            }

            _keys = keys;
            return (keys, null);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Trades <paramref name="code"/> and its <paramref name="verifier"/> for the ID token (OpenID Connect Core §3.1.3.1, RFC 7636 §4.5).</summary>
    public async Task<TokenAnswer> RedeemAsync(Discovery discovery, string code, string verifier, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = options.RedirectUri,
            ["client_id"] = options.ClientId,
            ["code_verifier"] = verifier,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, discovery.TokenEndpoint);
        if (options.ClientSecret is { } secret && discovery.SecretInBody)
        {
            form["client_secret"] = secret;
        }
        else if (options.ClientSecret is { } basic)
        {
            // RFC 6749 §2.3.1: both parts form-encoded before they are joined, so a ':' in either survives.
            var pair = $"{Uri.EscapeDataString(options.ClientId)}:{Uri.EscapeDataString(basic)}";
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
        }

        request.Content = new FormUrlEncodedContent(form);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var json = TryParse(text);
            if (!response.IsSuccessStatusCode)
            {
                var error = json is { } e ? JsonWebToken.Text(e, "error") : null;
                // 4xx with an OAuth error is the provider refusing this code or this client; anything else is it failing.
                var refused = (int)response.StatusCode is >= 400 and < 500 && error is not null;
                return new TokenAnswer(null, $"the token endpoint answered {(int)response.StatusCode}{(error is null ? "" : $" ({Safe(error)})")}", refused);
            }

            return json is { } answer && JsonWebToken.Text(answer, "id_token") is { Length: > 0 } idToken
                ? new TokenAnswer(idToken, null, false)
                : new TokenAnswer(null, "the token endpoint's answer holds no id_token", true);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new TokenAnswer(null, $"the token endpoint {discovery.TokenEndpoint} could not be reached: {e.Message}", false);
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _lock.Dispose();
    }

    private bool Loopback => options.Issuer.StartsWith("http://", StringComparison.Ordinal);

    private Uri? Endpoint(JsonElement document, string name) =>
        JsonWebToken.Text(document, name) is { } text && Uri.TryCreate(text, UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttps || (Loopback && url.Scheme == Uri.UriSchemeHttp))
            ? url
            : null;

    // client_secret_basic is the default when the provider names no methods (Discovery §3); post only when it offers no basic.
    private static bool SecretInBody(JsonElement document) =>
        document.TryGetProperty("token_endpoint_auth_methods_supported", out var methods) && methods.ValueKind == JsonValueKind.Array
        && methods.EnumerateArray().All(m => m.ValueKind != JsonValueKind.String || m.GetString() != "client_secret_basic")
        && methods.EnumerateArray().Any(m => m.ValueKind == JsonValueKind.String && m.GetString() == "client_secret_post");

    private async Task<(JsonElement? Json, string? Problem)> GetJsonAsync(string url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.GetAsync(url, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return (null, $"answered {(int)response.StatusCode}");
            }

            return TryParse(await response.Content.ReadAsStringAsync(cancellationToken)) is { ValueKind: JsonValueKind.Object } json ? (json, null) : (null, "not a JSON object");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            log.LogDebug(e, "OpenID provider request to {Url} failed", url);
            return (null, e is TaskCanceledException ? $"no answer within {options.Timeout.TotalSeconds:0} s" : $"could not be reached: {e.Message}");
        }
    }

    private static JsonElement? TryParse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // An OAuth error code is [\x20-\x7E] without " and \ (RFC 6749 §5.2); anything else is not repeated into the log.
    internal static string Safe(string error) =>
        error.Length <= 64 && error.All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-' or '.') ? error : "(an unreadable error code)";
}
