using System.Security.Claims;
using Bulwark.Server.Audit;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bulwark.Server.Auth;

/// <summary>
/// A token's use, for the audit trail: the first use of each day (UTC) sets the token's last-used day and writes a
/// <c>token.used</c> record. Not every call: an upload token in a busy pipeline would fill the ledger with the same line.
/// Of several processes (or requests) seeing the first use at once, the one whose conditional update wins records it.
/// </summary>
internal sealed class TokenUse(TimeProvider clock, ServerLedger ledger, ILogger<TokenUse> log)
{
    public async Task NoteAsync(StoreContext store, ApiToken token, ClaimsPrincipal user, string via, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var day = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        if (token.LastUsedAt >= day)
        {
            return;
        }

        var won = await store.ApiTokens.Where(t => t.Id == token.Id && (t.LastUsedAt == null || t.LastUsedAt < day))
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.LastUsedAt, now), cancellationToken);
        token.LastUsedAt = now; // the cached record, so this process asks the database again only tomorrow
        if (won == 1 && await ledger.RecordAsync(AuditActors.Of(user), "token.used", $"token/{token.Name}", $"first use of the day, {via}", new { id = token.Id, scope = token.Scope }, cancellationToken) is { } refused)
        {
            // The call itself goes on: a ledger that cannot be written is reported by every change that needs it.
            log.LogWarning("token {TokenName}'s first use today is not in the ledger: {Problem}", token.Name, refused);
        }
    }
}
