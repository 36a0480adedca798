using System.Security.Claims;
using System.Text.Encodings.Web;
using Bulwark.Server.Store;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulwark.Server.Auth;

/// <summary>
/// <c>Authorization: Bearer bwk_…</c>: the token's hash is looked up; a revoked or expired token, or one not known,
/// authenticates no one. The principal carries the token's name and scope; the token itself is never logged.
/// </summary>
internal sealed class BearerAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, StoreContext store, TokenCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    public const string ScopeClaim = "bulwark:scope";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = await cache.ValidAsync(store, header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (token is null)
        {
            return AuthenticateResult.Fail("unknown, revoked or expired token");
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, token.Name), new Claim(ScopeClaim, token.Scope)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
