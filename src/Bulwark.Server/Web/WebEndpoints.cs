using System.Globalization;
using Bulwark.Server.Audit;
using Bulwark.Server.Auth;
using Bulwark.Server.Changes;
using Bulwark.Server.Findings;
using Bulwark.Server.Hosting;
using Bulwark.Server.Oidc;
using Bulwark.Server.Store;
using Bulwark.Server.Tokens;
using Bulwark.Server.Trackers;
using Bulwark.Server.Store.Model;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Server.Web;

/// <summary>
/// The web UI's routes under <c>/ui</c>: server-rendered pages that need no script. Reading needs a session of a read
/// token or better; changing a finding's state and deciding change requests are checked by the same code the API
/// uses; every POST must carry the antiforgery token of a form this server rendered.
/// </summary>
internal static class WebEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Redirect(WebPaths.Root)).ExcludeFromDescription();
        var ui = app.MapGroup(WebPaths.Root).ExcludeFromDescription().AddEndpointFilter(RefuseForgedPosts);
        ui.MapGet("/site.css", SiteCss.Serve).AllowAnonymous();
        ui.MapGet("/login", LoginPage.ShowAsync).AllowAnonymous();
        ui.MapPost("/login", LoginPage.SignInAsync).AllowAnonymous();
        ui.MapGet("/login/oidc", OidcSignIn.StartAsync).AllowAnonymous();
        ui.MapGet("/login/oidc/callback", OidcSignIn.CallbackAsync).AllowAnonymous();
        ui.MapPost("/logout", (Func<HttpContext, Task<IResult>>)LoginPage.SignOutAsync).RequireAuthorization(ServerAuthentication.Ui(Permission.Read));

        var read = ServerAuthentication.Ui(Permission.Read);
        ui.MapGet("/", async (HttpContext context, IAntiforgery antiforgery, StoreContext store, TimeProvider clock, CancellationToken cancellationToken) =>
            new HtmlPage(await DashboardPage.RenderAsync(store, Viewer.Of(context, antiforgery), clock.GetUtcNow(), cancellationToken))).RequireAuthorization(read);
        ui.MapGet("/findings", async (HttpContext context, IAntiforgery antiforgery, StoreContext store, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var (page, status) = await FindingsPage.RenderAsync(store, Viewer.Of(context, antiforgery), context.Request.Query, clock.GetUtcNow(), cancellationToken);
            return new HtmlPage(page, status);
        }).RequireAuthorization(read);
        ui.MapGet("/findings/{id:long}", async (HttpContext context, IAntiforgery antiforgery, StoreContext store, TimeProvider clock, long id, CancellationToken cancellationToken) =>
            await FindingPage.RenderAsync(store, Viewer.Of(context, antiforgery), id, clock.GetUtcNow(), null, cancellationToken) is { } page
                ? new HtmlPage(page)
                : ErrorPage.Result(context, StatusCodes.Status404NotFound, "Not found", $"There is no finding {id}.")).RequireAuthorization(read);
        // Where a sign-in that interrupted a state change returns to: the finding itself.
        ui.MapGet("/findings/{id:long}/state", (long id) => Results.Redirect(WebPaths.Finding(id))).RequireAuthorization(read);
        // Triage, or a change request for a lowering change: FindingJudgements checks which, as the API's endpoint does.
        ui.MapPost("/findings/{id:long}/state", ChangeStateAsync).RequireAuthorization(read);
        ui.MapGet("/changes", async (HttpContext context, IAntiforgery antiforgery, StoreContext store, ChangeRequests requests, CancellationToken cancellationToken) =>
        {
            await requests.ExpireDueAsync(cancellationToken);
            return new HtmlPage(await ChangesPage.RenderAsync(store, Viewer.Of(context, antiforgery), null, cancellationToken));
        }).RequireAuthorization(read);
        ui.MapGet("/changes/{id:long}", (long id) => Results.Redirect($"{WebPaths.Changes}#change-{id}")).RequireAuthorization(read);
        ui.MapPost("/changes/{id:long}/approve", (HttpContext c, IAntiforgery a, StoreContext s, ChangeRequests r, long id, CancellationToken t) => DecideAsync(c, a, s, r, id, ChangeDecision.Approve, t))
            .RequireAuthorization(read);
        ui.MapPost("/changes/{id:long}/reject", (HttpContext c, IAntiforgery a, StoreContext s, ChangeRequests r, long id, CancellationToken t) => DecideAsync(c, a, s, r, id, ChangeDecision.Reject, t))
            .RequireAuthorization(read);
        ui.MapPost("/changes/{id:long}/cancel", (HttpContext c, IAntiforgery a, StoreContext s, ChangeRequests r, long id, CancellationToken t) => DecideAsync(c, a, s, r, id, null, t))
            .RequireAuthorization(read);
        ui.MapGet("/products", async (HttpContext context, IAntiforgery antiforgery, StoreContext store, TimeProvider clock, string? kind, CancellationToken cancellationToken) =>
            new HtmlPage(await ProductsPage.RenderAsync(store, Viewer.Of(context, antiforgery), kind, clock.GetUtcNow(), cancellationToken))).RequireAuthorization(read);
        ui.MapGet("/products/{**name}", async (HttpContext context, IAntiforgery antiforgery, StoreContext store, TimeProvider clock, string name, CancellationToken cancellationToken) =>
            await ProductPage.RenderAsync(store, Viewer.Of(context, antiforgery), name, clock.GetUtcNow(), cancellationToken) is { } page
                ? new HtmlPage(page)
                : ErrorPage.Result(context, StatusCodes.Status404NotFound, "Not found", $"There is no product named {name}.")).RequireAuthorization(read);
        ui.MapGet("/tokens", async (HttpContext context, IAntiforgery antiforgery, TokenIssuer issuer, TimeProvider clock, CancellationToken cancellationToken) =>
            new HtmlPage(TokensPage.Render(Viewer.Of(context, antiforgery), await issuer.ListAsync(context.User, cancellationToken), clock.GetUtcNow(), new()))).RequireAuthorization(read);
        ui.MapPost("/tokens", MakeTokenAsync).RequireAuthorization(read);
        ui.MapPost("/tokens/{id:long}/revoke", async (HttpContext context, TokenIssuer issuer, long id, CancellationToken cancellationToken) =>
            await issuer.RevokeAsync(context.User, id, null, cancellationToken) is { } refused
                ? ErrorPage.Result(context, refused.NotRecorded ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status404NotFound, "Not revoked", refused.Problem!)
                : Results.Redirect(WebPaths.Tokens)).RequireAuthorization(read);
        ui.MapGet("/audit", (HttpContext context, IAntiforgery antiforgery, ServerLedger ledger) =>
        {
            if (!Grants.From(context.User).Has(Permission.Audit))
            {
                return ErrorPage.Result(context, StatusCodes.Status403Forbidden, "Not allowed", AuditEndpoints.NeedsAudit);
            }

            var (page, status) = AuditPage.Render(Viewer.Of(context, antiforgery), ledger, context.Request.Query);
            return new HtmlPage(page, status);
        }).RequireAuthorization(ServerAuthentication.Ui(Permission.Audit));
        var admin = ServerAuthentication.Ui(Permission.Administer);
        ui.MapGet("/deliveries", async (HttpContext context, IAntiforgery antiforgery, StoreContext store, CancellationToken cancellationToken) =>
            new HtmlPage(await DeliveriesPage.RenderAsync(store, Viewer.Of(context, antiforgery), null, cancellationToken))).RequireAuthorization(admin);
        ui.MapPost("/deliveries/{id:long}/retry", RetryDeliveryAsync).RequireAuthorization(admin);
        ui.MapGet("/{**rest}", (HttpContext context) => ErrorPage.Result(context, StatusCodes.Status404NotFound, "Not found", "There is no such page."))
            .RequireAuthorization(read);
    }

    // Every form this UI renders carries the token; a POST without it (another site's form, a replayed request) changes nothing.
    private static async ValueTask<object?> RefuseForgedPosts(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        if (HttpMethods.IsPost(context.Request.Method))
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return ErrorPage.Result(context, StatusCodes.Status400BadRequest, "Form refused",
                    "The form did not carry a valid token of this server (it expired, or came from elsewhere). Go back, reload the page and send it again.");
            }
        }

        return await next(invocation);
    }

    private static async Task<IResult> MakeTokenAsync(
        HttpContext context, IAntiforgery antiforgery, TokenIssuer issuer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var (name, scope, days) = (form["name"].ToString(), form["scope"].ToString(), form["days"].ToString().Trim());
        var outcome = int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var valid)
            ? await issuer.IssueAsync(context.User, name, scope, valid, cancellationToken)
            : new TokenIssuer.Outcome(null, $"valid for: a number of days, 1 to {TokenIssuer.MaxDays}");
        var shown = outcome.Issued is { } issued ? new TokensPage.Shown(NewToken: issued.Token) : new TokensPage.Shown(name, scope, days, outcome.Problem);
        var status = outcome switch
        {
            { Issued: not null } => StatusCodes.Status201Created,
            { NotRecorded: true } => StatusCodes.Status503ServiceUnavailable,
            { Forbidden: true } => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        };
        var tokens = await issuer.ListAsync(context.User, cancellationToken);
        return new HtmlPage(TokensPage.Render(Viewer.Of(context, antiforgery), tokens, clock.GetUtcNow(), shown), status);
    }

    private static async Task<IResult> RetryDeliveryAsync(
        HttpContext context, IAntiforgery antiforgery, StoreContext store, TimeProvider clock, ServerLedger ledger, long id, CancellationToken cancellationToken)
    {
        var (result, notRecorded) = await DeliveryRetry.RunAsync(store, clock, ledger, context.User.Identity!.Name!, id, cancellationToken);
        if (result == DeliveryQueue.RetryResult.Queued)
        {
            return Results.Redirect(WebPaths.Deliveries);
        }

        var (status, notice) = result switch
        {
            null => (StatusCodes.Status503ServiceUnavailable, Problems.NotRecordedDetail(notRecorded!)),
            DeliveryQueue.RetryResult.NotFound => (StatusCodes.Status404NotFound, $"There is no delivery {id}."),
            _ => (StatusCodes.Status409Conflict, $"Delivery {id} is not dead: it was retried already, or delivered."),
        };
        return new HtmlPage(await DeliveriesPage.RenderAsync(store, Viewer.Of(context, antiforgery), notice, cancellationToken), status);
    }

    // Approve, reject, or (decision null) cancel; back to the list, or the list with why not.
    private static async Task<IResult> DecideAsync(
        HttpContext context, IAntiforgery antiforgery, StoreContext store, ChangeRequests requests, long id, ChangeDecision? decision, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var result = decision is { } d
            ? await requests.DecideAsync(id, d, form["reason"].ToString(), context.User, cancellationToken)
            : await requests.CancelAsync(id, context.User, cancellationToken);
        if (result.Succeeded)
        {
            return Results.Redirect($"{WebPaths.Changes}#change-{id}");
        }

        return new HtmlPage(await ChangesPage.RenderAsync(store, Viewer.Of(context, antiforgery), result.Problem, cancellationToken), result.Status);
    }

    private static async Task<IResult> ChangeStateAsync(
        HttpContext context, IAntiforgery antiforgery, FindingJudgements judgements, StoreContext store, TimeProvider clock, long id, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var (state, reason, until) = (form["state"].ToString(), form["reason"].ToString(), form["until"].ToString().Trim());
        FindingPage.StateForm? refused = null;
        DateTimeOffset? untilDate = null;
        if (until.Length > 0)
        {
            if (DateOnly.TryParseExact(until, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                untilDate = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            }
            else
            {
                refused = new(state, reason, until, "until: a date, as YYYY-MM-DD");
            }
        }

        var status = StatusCodes.Status400BadRequest;
        if (refused is null)
        {
            var (outcome, requested) = await judgements.JudgeAsync(id, context.User, state, reason, untilDate, cancellationToken);
            switch (requested)
            {
                case { Succeeded: true }:
                    return Results.Redirect($"{WebPaths.Finding(id)}#changes");
                case { Status: StatusCodes.Status403Forbidden }:
                    return ErrorPage.Result(context, StatusCodes.Status403Forbidden, "Not allowed", requested.Problem!);
                case { Status: StatusCodes.Status503ServiceUnavailable }:
                    return ErrorPage.Result(context, StatusCodes.Status503ServiceUnavailable, "Not recorded", requested.Problem!);
                case not null:
                    outcome = outcome with { Result = FindingStateChanges.Result.Invalid, Problem = requested.Problem };
                    break;
            }

            switch (outcome.Result)
            {
                case FindingStateChanges.Result.Changed:
                    return Results.Redirect($"{WebPaths.Finding(id)}#history");
                case FindingStateChanges.Result.Forbidden:
                    return ErrorPage.Result(context, StatusCodes.Status403Forbidden, "Not allowed", outcome.Problem!);
                case FindingStateChanges.Result.NotFound:
                    return ErrorPage.Result(context, StatusCodes.Status404NotFound, "Not found", $"There is no finding {id}.");
                case FindingStateChanges.Result.NotRecorded:
                    status = StatusCodes.Status503ServiceUnavailable;
                    refused = new(state, reason, until, Problems.NotRecordedDetail(outcome.Problem!));
                    break;
                default:
                    refused = new(state, reason, until, outcome.Problem);
                    break;
            }
        }

        var page = await FindingPage.RenderAsync(store, Viewer.Of(context, antiforgery), id, clock.GetUtcNow(), refused, cancellationToken);
        return page is null ? ErrorPage.Result(context, StatusCodes.Status404NotFound, "Not found", $"There is no finding {id}.") : new HtmlPage(page.Value, status);
    }
}
