using Bulwark.Server.Audit;
using Bulwark.Server.Tokens;
using System.Globalization;
using Bulwark.Server.Auth;
using Bulwark.Server.Findings;
using Bulwark.Server.Hosting;
using Bulwark.Server.Oidc;
using Bulwark.Server.Store;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Server.Web;

/// <summary>
/// The web UI's routes under <c>/ui</c>: server-rendered pages that need no script. Reading needs a session of a read
/// token or better, changing a finding's state an administrator's; every POST must carry the antiforgery token of a
/// form this server rendered.
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
        ui.MapPost("/findings/{id:long}/state", ChangeStateAsync).RequireAuthorization(ServerAuthentication.Ui(Permission.Triage));
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

    private static async Task<IResult> ChangeStateAsync(
        HttpContext context, IAntiforgery antiforgery, FindingStateChanges changes, StoreContext store, TimeProvider clock, long id, CancellationToken cancellationToken)
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
            var outcome = await changes.ChangeAsync(id, context.User.Identity!.Name!, Grants.From(context.User), state, reason, untilDate, cancellationToken);
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
