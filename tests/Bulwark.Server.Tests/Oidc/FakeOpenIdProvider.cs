using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bulwark.Server.Tests.Oidc;

/// <summary>
/// An OpenID provider on a loopback port, written from OpenID Connect Core 1.0 (§3.1, the authorization code flow),
/// OpenID Connect Discovery 1.0 (§4), RFC 7636 (PKCE), RFC 7517 (JWK) and RFC 7519/7515 (JWT, JWS): the parts a relying
/// party uses. The authorize endpoint signs in <see cref="User"/> without asking (there is no person at the keyboard)
/// and redirects back with a code; the token endpoint gives an ID token only for that code, the redirect URI it was
/// issued for, the registered client, and a verifier whose SHA-256 is the challenge the code was issued with.
/// Tests change what it signs (<see cref="Tamper"/>) to see the server refuse it.
/// </summary>
internal sealed class FakeOpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "bulwark-ui";
    public const string KeyId = "key-1";

    private readonly WebApplication _app;
    private readonly RSA _key = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Grant> _codes = new();
    private readonly TimeProvider _clock;

    private FakeOpenIdProvider(WebApplication app, TimeProvider clock, string redirectUri, string? clientSecret)
    {
        _app = app;
        _clock = clock;
        RedirectUri = redirectUri;
        ClientSecret = clientSecret;
    }

    /// <summary>The issuer, with a path as Keycloak's realms have: <c>http://127.0.0.1:PORT/realms/test</c>.</summary>
    public string Issuer { get; private set; } = "";

    public string RedirectUri { get; }

    /// <summary>The secret the client must authenticate with (client_secret_basic), or null for a public client.</summary>
    public string? ClientSecret { get; }

    /// <summary>Who the authorize endpoint signs in.</summary>
    public FakeUser User { get; set; } = new("u-1", "alice", ["bulwark-admins"]);

    /// <summary>Changes the claims of the next ID tokens (a wrong nonce, another audience, …).</summary>
    public Action<Dictionary<string, object?>>? Tamper { get; set; }

    /// <summary>Signs ID tokens with this key instead of the published one (a forged signature).</summary>
    public RSA? SignWith { get; set; }

    /// <summary>Makes unsigned tokens (<c>alg: none</c>).</summary>
    public bool Unsigned { get; set; }

    /// <summary>Answers the next authorization with <c>error=access_denied</c>, as when the person declines.</summary>
    public bool Deny { get; set; }

    /// <summary>What the token endpoint refused, and why (to show the refusal came from the provider's PKCE check).</summary>
    public ConcurrentQueue<string> Refusals { get; } = new();

    /// <summary>How many ID tokens it issued.</summary>
    public int Issued => _issued;

    private int _issued;

    public static async Task<FakeOpenIdProvider> StartAsync(TimeProvider clock, string redirectUri, string? clientSecret = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new FakeOpenIdProvider(app, clock, redirectUri, clientSecret);
        var realm = app.MapGroup("/realms/test");
        realm.MapGet("/.well-known/openid-configuration", provider.Discovery);
        realm.MapGet("/protocol/openid-connect/certs", provider.Keys);
        realm.MapGet("/protocol/openid-connect/auth", provider.Authorize);
        realm.MapPost("/protocol/openid-connect/token", provider.TokenAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        provider.Issuer = address.TrimEnd('/') + "/realms/test";
        return provider;
    }

    /// <summary>A key of the right shape that the provider does not publish.</summary>
    public static RSA OtherKey() => RSA.Create(2048);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Dispose();
    }

    // Discovery §3: the metadata a relying party reads.
    private IResult Discovery() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = Issuer + "/protocol/openid-connect/auth",
        ["token_endpoint"] = Issuer + "/protocol/openid-connect/token",
        ["jwks_uri"] = Issuer + "/protocol/openid-connect/certs",
        ["response_types_supported"] = new[] { "code" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["code_challenge_methods_supported"] = new[] { "S256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_basic", "client_secret_post" },
    });

    // RFC 7517 §4, §6.3.1: the public half of the signing key.
    private IResult Keys()
    {
        var key = _key.ExportParameters(false);
        return Results.Json(new { keys = new[] { new { kty = "RSA", kid = KeyId, use = "sig", alg = "RS256", n = Base64Url.EncodeToString(key.Modulus), e = Base64Url.EncodeToString(key.Exponent) } } });
    }

    // Core §3.1.2.1 and RFC 7636 §4.3: the request the relying party sends the browser with.
    private IResult Authorize(HttpRequest request)
    {
        var q = request.Query;
        if (q["client_id"] != ClientId || q["redirect_uri"] != RedirectUri)
        {
            // §3.1.2.6: a request with an unknown client or redirect URI must not be redirected back.
            return Results.BadRequest("unknown client or redirect_uri");
        }

        var state = q["state"].ToString();
        if (Deny)
        {
            Deny = false;
            return Results.Redirect($"{RedirectUri}?error=access_denied&state={Uri.EscapeDataString(state)}");
        }

        if (q["response_type"] != "code" || q["code_challenge_method"] != "S256" || q["code_challenge"].ToString().Length != 43
            || !q["scope"].ToString().Split(' ').Contains("openid") || q["nonce"].ToString().Length == 0)
        {
            return Results.Redirect($"{RedirectUri}?error=invalid_request&state={Uri.EscapeDataString(state)}");
        }

        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _codes[code] = new Grant(q["code_challenge"].ToString(), q["nonce"].ToString(), q["redirect_uri"].ToString(), User);
        return Results.Redirect($"{RedirectUri}?code={code}&state={Uri.EscapeDataString(state)}");
    }

    // Core §3.1.3 and RFC 7636 §4.6: a code is redeemed once, by the client it was issued to, with the verifier of its challenge.
    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (ClientSecret is not null && request.Headers.Authorization.ToString() != "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}")))
        {
            return Refuse("invalid_client", "client authentication failed", 401);
        }

        if (form["grant_type"] != "authorization_code" || !_codes.TryRemove(form["code"].ToString(), out var grant))
        {
            return Refuse("invalid_grant", "unknown or used code");
        }

        if (form["client_id"] != ClientId || form["redirect_uri"] != grant.RedirectUri)
        {
            return Refuse("invalid_grant", "client_id or redirect_uri differ from the authorization request");
        }

        var verifier = form["code_verifier"].ToString();
        if (verifier.Length is < 43 or > 128 || Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) != grant.Challenge)
        {
            return Refuse("invalid_grant", "PKCE verification failed");
        }

        var now = _clock.GetUtcNow().ToUnixTimeSeconds();
        var claims = new Dictionary<string, object?>
        {
            ["iss"] = Issuer,
            ["sub"] = grant.User.Subject,
            ["aud"] = ClientId,
            ["exp"] = now + 300,
            ["iat"] = now,
            ["nonce"] = grant.Nonce,
            ["preferred_username"] = grant.User.UserName,
            ["groups"] = grant.User.Groups,
        };
        Tamper?.Invoke(claims);
        Interlocked.Increment(ref _issued);
        return Results.Json(new { access_token = "opaque-access", token_type = "Bearer", expires_in = 300, id_token = Sign(claims) });
    }

    private IResult Refuse(string error, string why, int status = 400)
    {
        Refusals.Enqueue(why);
        return Results.Json(new { error, error_description = why }, statusCode: status);
    }

    private string Sign(Dictionary<string, object?> claims)
    {
        var header = Unsigned ? new Dictionary<string, string> { ["alg"] = "none", ["typ"] = "JWT" } : new() { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = KeyId };
        var input = $"{Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(header))}.{Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims))}";
        if (Unsigned)
        {
            return input + ".";
        }

        var signature = (SignWith ?? _key).SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return input + "." + Base64Url.EncodeToString(signature);
    }

    private sealed record Grant(string Challenge, string Nonce, string RedirectUri, FakeUser User);
}

/// <summary>Someone the fake provider signs in.</summary>
internal sealed record FakeUser(string Subject, string UserName, string[] Groups);
