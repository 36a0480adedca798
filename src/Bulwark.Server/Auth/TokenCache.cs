using Bulwark.Server.Hosting;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Auth;

/// <summary>Valid tokens by hash for five seconds: a revocation reaches every server process within that.</summary>
internal sealed class TokenCache(TimeProvider clock)
{
    public ShortCache<string, ApiToken?> Tokens { get; } = new(clock, TimeSpan.FromSeconds(5), capacity: 10_000);

    /// <summary>
    /// The record of <paramref name="token"/> when it may be used: known, not revoked, not expired. The API's bearer
    /// authentication and the web UI's sign-in both ask here.
    /// </summary>
    public async Task<ApiToken?> ValidAsync(StoreContext store, string token, CancellationToken cancellationToken)
    {
        var hash = ApiTokens.Hash(token);
        // Known tokens are kept a few seconds; unknown ones are looked up every time, and never kept.
        var found = await Tokens.GetAsync(hash, () => store.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.Hash == hash, cancellationToken), t => t is not null);
        return found is null || !Usable(found, clock.GetUtcNow()) ? null : found;
    }

    /// <summary>Whether a token's record allows its use at <paramref name="now"/>.</summary>
    public static bool Usable(ApiToken token, DateTimeOffset now) => token.RevokedAt is null && (token.ExpiresAt is not { } expires || expires > now);
}
