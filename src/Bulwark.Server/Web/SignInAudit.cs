using System.Security.Claims;
using Bulwark.Ledger.Events;
using Bulwark.Server.Audit;
using Bulwark.Server.Hosting;
using Microsoft.Extensions.Logging;

namespace Bulwark.Server.Web;

/// <summary>
/// Sign-ins in the ledger. A successful one that cannot be recorded is refused (no access the trail does not show); a
/// refused one that cannot be recorded is only logged, as there is nothing to undo.
/// </summary>
internal sealed class SignInAudit(ServerLedger ledger, ILogger log, CancellationToken cancellationToken)
{
    public const string Subject = "web-ui";

    /// <summary>Null when recorded; else what the person is told.</summary>
    public async Task<string?> SucceededAsync(ClaimsPrincipal principal, string how)
    {
        var refused = await ledger.RecordAsync(AuditActors.Of(principal), "auth.login.succeeded", Subject, how, new { how }, cancellationToken);
        if (refused is null)
        {
            return null;
        }

        log.LogError("UI sign-in of {User} refused: the ledger did not record it: {Problem}", principal.Identity?.Name, refused);
        return Problems.NotRecordedDetail(refused);
    }

    public async Task FailedAsync(Actor actor, string why)
    {
        if (await ledger.RecordAsync(actor, "auth.login.failed", Subject, why, new { why }, cancellationToken) is { } refused)
        {
            log.LogWarning("a refused UI sign-in is not in the ledger: {Problem}", refused);
        }
    }
}
