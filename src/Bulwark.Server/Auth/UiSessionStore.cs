using System.Security.Claims;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Server.Auth;

/// <summary>
/// Web UI sessions kept in the database (<see cref="UiSession"/>), so every server process knows them and signing out
/// ends one for good. The cookie holds only a random session key; each request finds its session by the key's hash and
/// rebuilds who it is: from the token it was opened with, so a revoked or expired token ends its sessions at once, or
/// from the person's name and the roles read at sign-in.
/// </summary>
internal sealed class UiSessionStore(IServiceScopeFactory scopes, TimeProvider clock) : ITicketStore
{
    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = ApiTokens.NewSecret();
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<StoreContext>();
        var now = clock.GetUtcNow();
        // Housekeeping on the way in: sessions past their end are of no use to anyone.
        await store.UiSessions.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync();
        var principal = ticket.Principal;
        var token = principal.FindFirstValue(Claims.Token);
        store.UiSessions.Add(new UiSession
        {
            Hash = ApiTokens.Hash(key),
            TokenId = token is null ? null : long.Parse(token, System.Globalization.CultureInfo.InvariantCulture),
            UserName = token is null ? principal.Identity!.Name : null,
            UserDn = principal.FindFirstValue(Claims.DirectoryUser),
            Person = token is null ? Persons.Of(principal) : null,
            Roles = token is null ? DirectoryRoles.Join(principal.FindAll(ClaimTypes.Role).Select(c => c.Value)) : null,
            IssuedAt = ticket.Properties.IssuedUtc ?? now,
            ExpiresAt = ticket.Properties.ExpiresUtc ?? now,
        });
        await store.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        var hash = ApiTokens.Hash(key);
        var (issued, expires) = (ticket.Properties.IssuedUtc ?? clock.GetUtcNow(), ticket.Properties.ExpiresUtc ?? clock.GetUtcNow());
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StoreContext>().UiSessions.Where(s => s.Hash == hash)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.IssuedAt, issued).SetProperty(s => s.ExpiresAt, expires));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var hash = ApiTokens.Hash(key);
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<StoreContext>();
        var found = await store.UiSessions.AsNoTracking().Where(s => s.Hash == hash)
            .LeftJoin(store.ApiTokens.AsNoTracking(), s => s.TokenId, t => (long?)t.Id, (s, t) => new { Session = s, Token = t })
            .FirstOrDefaultAsync();
        var principal = found switch
        {
            { Session.TokenId: not null, Token: { } token } when TokenCache.Usable(token, clock.GetUtcNow()) => Claims.Of(token, ServerAuthentication.UiScheme),
            { Session: { TokenId: null, UserName: { } user } session } => Claims.OfPerson(
                user, session.Person ?? Persons.OfDirectory(session.UserDn ?? user), session.UserDn, DirectoryRoles.Split(session.Roles), ServerAuthentication.UiScheme),
            _ => null,
        };
        if (principal is null)
        {
            return null;
        }

        var properties = new AuthenticationProperties { IssuedUtc = found!.Session.IssuedAt, ExpiresUtc = found.Session.ExpiresAt, AllowRefresh = true };
        return new AuthenticationTicket(principal, properties, ServerAuthentication.UiScheme);
    }

    public async Task RemoveAsync(string key)
    {
        var hash = ApiTokens.Hash(key);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StoreContext>().UiSessions.Where(s => s.Hash == hash).ExecuteDeleteAsync();
    }
}
