using System.Globalization;
using Bulwark.Server.Auth;
using Bulwark.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bulwark.Server.Audit;

/// <summary><c>GET /api/v1/audit</c>: the ledger's records, filtered, newest first, and whether the ledger is intact.</summary>
internal static class AuditEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/audit", (HttpContext context, ServerLedger ledger, string? actor, string? action, string? subject, string? since, string? until) =>
        {
            // The trail is every product's: a role on some products only does not open it.
            if (!Grants.From(context.User).Has(Permission.Audit))
            {
                return Problems.Forbidden(NeedsAudit);
            }

            if (ledger.Path is not { } path)
            {
                return Problems.NotFound("this server keeps no ledger: start it with --ledger FILE");
            }

            if (Read(since, until) is not { } filter)
            {
                return Problems.BadRequest("since and until are dates, YYYY-MM-DD (UTC)");
            }

            var page = AuditTrail.Read(path, filter with { Actor = Blank(actor), Action = Blank(action), Subject = Blank(subject) });
            var verdict = AuditTrail.Verify(path);
            return Results.Ok(new
            {
                ledger = new { intact = verdict.Intact, summary = verdict.Summary, problems = verdict.Problems, records = page.Total },
                matched = page.Matched,
                records = page.Lines.Select(l => new { index = l.Index, time = l.Time, actor = l.Actor, actorKind = l.ActorKind, authenticatedBy = l.AuthenticatedBy, action = l.Action, subject = l.Subject, reason = l.Reason }),
            });
        }).RequireAuthorization(ServerAuthentication.Api(Permission.Audit))
            .WithSummary("Who did what, when and why: the ledger's newest 200 matching records, filtered by actor, action (prefix), subject, since and until; and its verification")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    public const string NeedsAudit = "the audit trail covers every product: it needs a role with audit on every product (security analyst, approver, administrator)";

    /// <summary>The date part of a filter; null when a date does not parse.</summary>
    public static AuditTrail.Filter? Read(string? since, string? until)
    {
        DateTimeOffset? from = null, to = null;
        if (Blank(since) is { } s)
        {
            if (!DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return null;
            }

            from = new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        if (Blank(until) is { } u)
        {
            if (!DateOnly.TryParseExact(u, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return null;
            }

            // Until a day means to its end.
            to = new DateTimeOffset(d.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        return new AuditTrail.Filter(null, null, null, from, to);
    }

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
