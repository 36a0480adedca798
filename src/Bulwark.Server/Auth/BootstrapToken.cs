using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Auth;

/// <summary>
/// The first start of a server on an empty database makes one administrator token and prints it once: the way in
/// until directory logins and users' own tokens exist. Later starts print nothing; the token is stored hashed only.
/// </summary>
internal static class BootstrapToken
{
    public const string Name = "bootstrap-admin";

    /// <summary>The new token, or null when the database already has an administrator token.</summary>
    public static async Task<string?> EnsureAsync(StoreContext store, CancellationToken cancellationToken)
    {
        // A local administrator made on the command line is the way in already.
        if (await store.ApiTokens.AnyAsync(t => t.Scope == TokenScopes.Admin, cancellationToken) || await LocalAdministrator.FindAsync(store, cancellationToken) is not null)
        {
            return null;
        }

        var token = ApiTokens.New();
        store.ApiTokens.Add(new ApiToken { Name = Name, Hash = ApiTokens.Hash(token), Scope = TokenScopes.Admin, CreatedAt = DateTimeOffset.UtcNow });
        await store.SaveChangesAsync(cancellationToken);
        return token;
    }
}
