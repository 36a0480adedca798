using System.Text.Encodings.Web;
using Bulwark.Server.Store;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulwark.Server.Auth;

/// <summary>
/// <c>Authorization: Bearer bwk_…</c>: the token's hash is looked up; a revoked or expired token, or one not known,
/// authenticates no one. The principal carries the token's name, scope, owner and the owner's roles
/// (<see cref="Claims.Of"/>); the token itself is never logged.
/// </summary>
internal sealed class BearerAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, StoreContext store, TokenCache cache, TokenUse use)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

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

        var principal = Claims.Of(token, SchemeName);
        await use.NoteAsync(store, token, principal, "API", Context.RequestAborted);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
