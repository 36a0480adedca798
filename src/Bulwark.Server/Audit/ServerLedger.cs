using Microsoft.AspNetCore.Http;
using System.Text.Json;
using Bulwark.Ledger.Events;

namespace Bulwark.Server.Audit;

/// <summary>
/// Writes what people and scans change on the server to the ledger (<c>bulwark server --ledger FILE</c>): a finding's
/// state, an import, the SLA policy. The ledger allows one writer at a time, and several server processes may share
/// it, so each record opens it, appends, commits and closes, waiting briefly while another process writes. Callers
/// record before they commit their database change and undo it when the ledger refuses, so no change goes unrecorded.
/// </summary>
internal sealed class ServerLedger(string? path, IHttpContextAccessor? requests = null)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    /// <summary>The ledger file, or null when the server keeps none.</summary>
    public string? Path => path;

    /// <summary>Why the configured ledger cannot be written (missing, damaged); null when it can, or when there is none.</summary>
    public string? Check()
    {
        if (path is null)
        {
            return null;
        }

        var opened = Bulwark.Ledger.Ledger.Open(path, writable: false);
        opened.Value?.Dispose();
        return opened.Succeeded ? null : string.Join("; ", opened.Problems);
    }

    /// <summary>Appends and commits one event; the problem when it could not (none when no ledger is configured).</summary>
    /// <remarks>
    /// How <paramref name="actor"/> signed in (ldap, oidc, local, api-token) is taken from the request being served; with
    /// none (the server's own work: expiry, trackers) the actor is the server, a service.
    /// </remarks>
    public Task<string?> RecordAsync(string actor, string action, string subject, string reason, object payload, CancellationToken cancellationToken) =>
        RecordAsync(
            requests?.HttpContext?.User is { Identity.IsAuthenticated: true } user ? AuditActors.Of(user) with { Id = actor } : new Actor(actor, "service", "bulwark-server"),
            action, subject, reason, payload, cancellationToken);

    /// <summary>As the other overload, with the actor as <see cref="AuditActors"/> describes a request's principal.</summary>
    public async Task<string?> RecordAsync(Actor actor, string action, string subject, string reason, object payload, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return null;
        }

        var entry = new LedgerEvent
        {
            Actor = actor,
            Action = action,
            Subject = subject,
            Reason = reason,
            Time = DateTimeOffset.UtcNow,
            Host = Environment.MachineName,
            Payload = JsonSerializer.SerializeToElement(payload),
        };
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var opened = Bulwark.Ledger.Ledger.Open(path, writable: true);
            if (opened.Succeeded)
            {
                using var ledger = opened.Value!;
                var appended = ledger.Append(entry);
                if (!appended.Succeeded)
                {
                    return string.Join("; ", appended.Problems);
                }

                ledger.Commit();
                return null;
            }

            // Another process holds the writer's lock: wait for it, up to a point.
            if (DateTimeOffset.UtcNow > deadline || !opened.Problems.Any(p => p.ToString().Contains(Bulwark.Ledger.Ledger.HeldByAnotherWriter, StringComparison.Ordinal)))
            {
                return string.Join("; ", opened.Problems);
            }

            await Task.Delay(50, cancellationToken);
        }
    }
}
