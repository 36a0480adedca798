using System.Security.Cryptography;
using System.Text;
using Bulwark.Server.Audit;
using Bulwark.Server.Auth;
using Bulwark.Server.Directories;
using Bulwark.Server.Store;
using Bulwark.Server.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bulwark.Server.Oidc;

/// <summary>
/// Signing in to the web UI with an OpenID Connect provider: the authorization code flow with PKCE (OpenID Connect Core
/// §3.1, RFC 7636). <c>/ui/login/oidc</c> starts a flow and sends the browser to the provider; the provider sends it
/// back to <c>/ui/login/oidc/callback</c> with a code, which this server trades for an ID token, checks, and turns into
/// a session whose roles come from the token's groups through the sign-in file's role map. Every refusal shows the
/// sign-in page with a plain message and is logged and written to the ledger, never with the code or a token.
/// </summary>
internal static class OidcSignIn
{
    public const string CookieName = "bulwark-oidc";

    private const string Unreachable = "The sign-in provider cannot be reached just now. Try again in a while, or tell an administrator.";
    private const string StartAgain = "This sign-in did not start in this browser, was already used, or took too long. Sign in again.";
    private const string NotVerified = "The sign-in provider's answer could not be verified. Sign in again; if it keeps happening, tell an administrator.";

    public static async Task<IResult> StartAsync(
        HttpContext context, StoreContext store, TimeProvider clock, ILoggerFactory loggers, string? returnUrl, CancellationToken cancellationToken)
    {
        if (context.RequestServices.GetService<OidcProvider>() is not { } provider)
        {
            return ErrorPage.Result(context, StatusCodes.Status404NotFound, "Not found", "This server does not sign in with OpenID Connect.");
        }

        var log = loggers.CreateLogger(LoginPage.LoggerName);
        var (discovery, problem) = await provider.DiscoverAsync(cancellationToken);
        if (discovery is null)
        {
            log.LogError("OpenID Connect sign-in not possible: {Problem}", problem);
            return await LoginPage.RefusedAsync(context, Antiforgery(context), store, returnUrl, Unreachable, StatusCodes.Status503ServiceUnavailable, cancellationToken);
        }

        var options = provider.Options;
        var flow = await OidcFlows.StartAsync(store, clock, WebPaths.IsSafeReturn(returnUrl) ? returnUrl! : WebPaths.Root, cancellationToken);
        context.Response.Cookies.Append(CookieName, flow.State, new CookieOptions
        {
            HttpOnly = true,
            // Lax, not Strict: the provider's redirect back is a top-level navigation from another site.
            SameSite = SameSiteMode.Lax,
            Secure = options.PublicUrl.Scheme == Uri.UriSchemeHttps,
            Path = WebPaths.OidcStart,
            MaxAge = OidcFlows.Lifetime,
        });
        var query = new Dictionary<string, string>
        {
            ["response_type"] = "code",
            ["client_id"] = options.ClientId,
            ["redirect_uri"] = options.RedirectUri,
            ["scope"] = string.Join(' ', options.Scopes),
            ["state"] = flow.State,
            ["nonce"] = flow.Nonce,
            ["code_challenge"] = flow.Challenge,
            ["code_challenge_method"] = "S256",
        };
        var endpoint = discovery.AuthorizationEndpoint.ToString();
        var separator = endpoint.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return Results.Redirect(endpoint + separator + string.Join('&', query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}")));
    }

    public static async Task<IResult> CallbackAsync(
        HttpContext context, StoreContext store, TimeProvider clock, LoginThrottle throttle, ServerLedger ledger, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (context.RequestServices.GetService<OidcProvider>() is not { } provider)
        {
            return ErrorPage.Result(context, StatusCodes.Status404NotFound, "Not found", "This server does not sign in with OpenID Connect.");
        }

        var log = loggers.CreateLogger(LoginPage.LoggerName);
        var refusal = new Refusal(context, store, log, new SignInAudit(ledger, log, cancellationToken), throttle, cancellationToken);
        var query = context.Request.Query;
        var state = query["state"].ToString();
        var cookie = context.Request.Cookies[CookieName];
        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = WebPaths.OidcStart });
        if (throttle.LockedUntil(refusal.Address) is { } until)
        {
            log.LogWarning("OpenID Connect sign-in refused from {Address}: too many failed sign-ins, locked until {Until}", refusal.Address, until);
            return await refusal.PageAsync(null, $"Too many failed sign-ins from your address: try again after {until.UtcDateTime:HH:mm} UTC.", StatusCodes.Status429TooManyRequests);
        }

        // The state in the address must be the one this browser was given: someone else's callback link does not sign us in as them.
        if (state.Length == 0 || cookie is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(state), Encoding.UTF8.GetBytes(cookie)))
        {
            return await refusal.CredentialAsync(null, "the state is missing or is not this browser's", StartAgain, StatusCodes.Status400BadRequest);
        }

        if (await OidcFlows.TakeAsync(store, clock, state, cancellationToken) is not { } flow)
        {
            return await refusal.CredentialAsync(null, "the sign-in was already used, or is older than ten minutes", StartAgain, StatusCodes.Status400BadRequest);
        }

        if (query["error"].ToString() is { Length: > 0 } error)
        {
            var code = OidcProvider.Safe(error);
            return await refusal.OtherAsync(flow.ReturnUrl, $"the provider answered {code}", $"The sign-in provider did not sign you in ({code}).", StatusCodes.Status403Forbidden);
        }

        var (discovery, unreachable) = await provider.DiscoverAsync(cancellationToken);
        if (discovery is null)
        {
            return await refusal.OtherAsync(flow.ReturnUrl, unreachable!, Unreachable, StatusCodes.Status503ServiceUnavailable, error: true);
        }

        var answer = await provider.RedeemAsync(discovery, query["code"].ToString(), flow.Verifier, cancellationToken);
        if (answer.IdToken is null)
        {
            return answer.Refused
                ? await refusal.CredentialAsync(flow.ReturnUrl, answer.Problem!, NotVerified, StatusCodes.Status400BadRequest)
                : await refusal.OtherAsync(flow.ReturnUrl, answer.Problem!, Unreachable, StatusCodes.Status503ServiceUnavailable, error: true);
        }

        var (claims, invalid) = await IdTokens.CheckAsync(provider, discovery, answer.IdToken, flow.Nonce, clock.GetUtcNow(), cancellationToken);
        if (claims is null)
        {
            return await refusal.CredentialAsync(flow.ReturnUrl, $"the ID token is refused: {invalid}", NotVerified, StatusCodes.Status400BadRequest);
        }

        var roleMap = context.RequestServices.GetRequiredService<DirectoryConfig>().Roles;
        if (!roleMap.GrantsAnyRole(claims.Groups))
        {
            log.LogWarning("OpenID Connect sign-in of {User} refused from {Address}: no role for groups {Groups}", claims.UserName, refusal.Address, string.Join(", ", claims.Groups));
            await refusal.Audit.FailedAsync(AuditActors.SigningIn(claims.UserName, "oidc"), $"no role for the user's groups, from {refusal.Address}");
            return await refusal.PageAsync(flow.ReturnUrl, RoleMap.NoRoleReason, StatusCodes.Status403Forbidden);
        }

        throttle.Succeeded(refusal.Address);
        var roles = DirectoryRoles.Of(roleMap, claims.Groups);
        var principal = Claims.OfPerson(claims.UserName, Persons.OfOidc(provider.Options.Issuer, claims.Subject), null, roles, ServerAuthentication.UiScheme);
        if (await refusal.Audit.SucceededAsync(principal, $"oidc, roles {string.Join(", ", roles)}, from {refusal.Address}") is { } unrecorded)
        {
            return await refusal.PageAsync(flow.ReturnUrl, unrecorded, StatusCodes.Status503ServiceUnavailable);
        }

        await context.SignInAsync(ServerAuthentication.UiScheme, principal, new AuthenticationProperties { IsPersistent = false });
        log.LogInformation("UI sign-in of OpenID Connect user {User} ({Subject}) with roles {Roles} from {Address}", claims.UserName, claims.Subject, string.Join(", ", roles), refusal.Address);
        return Results.Redirect(flow.ReturnUrl);
    }

    private static IAntiforgery Antiforgery(HttpContext context) => context.RequestServices.GetRequiredService<IAntiforgery>();

    // One refused callback: logged (why, for the administrator), in the ledger, counted against the address when it
    // could be someone trying codes or tokens, and the sign-in page with what the person is told.
    private sealed class Refusal(HttpContext context, StoreContext store, ILogger log, SignInAudit audit, LoginThrottle throttle, CancellationToken cancellationToken)
    {
        public string Address { get; } = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

        public SignInAudit Audit => audit;

        public async Task<IResult> CredentialAsync(string? returnUrl, string why, string told, int status)
        {
            throttle.Failed(Address);
            return await OtherAsync(returnUrl, why, told, status);
        }

        public async Task<IResult> OtherAsync(string? returnUrl, string why, string told, int status, bool error = false)
        {
            log.Log(error ? LogLevel.Error : LogLevel.Warning, "OpenID Connect sign-in refused from {Address}: {Reason}", Address, why);
            await audit.FailedAsync(AuditActors.SigningIn("(an OpenID Connect user)", "oidc"), $"{why}, from {Address}");
            return await PageAsync(returnUrl, told, status);
        }

        public Task<IResult> PageAsync(string? returnUrl, string told, int status) =>
            LoginPage.RefusedAsync(context, Antiforgery(context), store, returnUrl, told, status, cancellationToken);
    }
}
