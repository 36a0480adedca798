using Bulwark.Server.Auth;
using Bulwark.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bulwark.Server.Tokens;

/// <summary>
/// <c>GET /api/v1/tokens</c> (yours; an administrator's: everyone's), <c>POST /api/v1/tokens</c> (an admin-scope token
/// making one no wider than itself; people make theirs in the web UI) and <c>DELETE /api/v1/tokens/{id}</c>.
/// </summary>
internal static class TokenEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var anyone = ServerAuthentication.Api(Permission.Read);
        api.MapGet("/tokens", async (HttpContext context, TokenIssuer issuer, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var now = clock.GetUtcNow();
            return Results.Ok((await issuer.ListAsync(context.User, cancellationToken)).Select(t => TokenIssuer.View(t, now)));
        }).RequireAuthorization(anyone).WithSummary("Your API tokens (everyone's for administrators); never the tokens themselves");
        api.MapPost("/tokens", CreateAsync).RequireAuthorization(anyone)
            .WithSummary("Make a token (scope read, upload or admin; valid 1 to 365 days): shown once in the answer, stored as a hash")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapDelete("/tokens/{id:long}", async (HttpContext context, TokenIssuer issuer, long id, string? reason, CancellationToken cancellationToken) =>
            await issuer.RevokeAsync(context.User, id, reason, cancellationToken) is { } refused ? Refused(refused) : Results.NoContent())
            .RequireAuthorization(anyone).WithSummary("Revoke a token: yours, or any for administrators").ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal sealed record NewToken(string? Name, string? Scope, int? Days);

    private static async Task<IResult> CreateAsync(HttpContext context, TokenIssuer issuer, TimeProvider clock, NewToken request, CancellationToken cancellationToken)
    {
        var outcome = await issuer.IssueAsync(context.User, request.Name, request.Scope, request.Days, cancellationToken);
        if (outcome.Issued is not { } issued)
        {
            return Refused(outcome);
        }

        return Results.Created($"/api/v1/tokens/{issued.Record.Id}", new { token = issued.Token, details = TokenIssuer.View(issued.Record, clock.GetUtcNow()) });
    }

    private static IResult Refused(TokenIssuer.Outcome outcome) => outcome switch
    {
        { NotRecorded: true } => Problems.NotRecorded(outcome.Problem!),
        { Forbidden: true } => Problems.Forbidden(outcome.Problem!),
        { Problem: { } problem } when problem.StartsWith("no token", StringComparison.Ordinal) => Problems.NotFound(problem),
        _ => Problems.BadRequest(outcome.Problem!),
    };
}
