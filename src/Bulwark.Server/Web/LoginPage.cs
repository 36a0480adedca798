using System.Globalization;
using Bulwark.Server.Auth;
using Bulwark.Server.Store;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bulwark.Server.Web;

/// <summary>
/// <c>/ui/login</c>: signing in with an API token (any valid one; its scope is what the session may do) until directory
/// logins arrive (issue 10). A success opens a session and goes back to the page asked for, if it is one of ours;
/// failures count against the address (<see cref="LoginThrottle"/>). Both are logged, with the token's name, never the token.
/// </summary>
internal static class LoginPage
{
    public const string LoggerName = "Bulwark.Server.Web.Login";

    public static IResult Show(HttpContext context, IAntiforgery antiforgery, string? returnUrl)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            return Results.Redirect(Return(returnUrl));
        }

        return new HtmlPage(Render(Viewer.Of(context, antiforgery), returnUrl, null));
    }

    public static async Task<IResult> SignInAsync(
        HttpContext context, IAntiforgery antiforgery, StoreContext store, TokenCache tokens, LoginThrottle throttle, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var log = loggers.CreateLogger(LoggerName);
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var returnUrl = form["returnUrl"].ToString();
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.LockedUntil(address) is { } until)
        {
            log.LogWarning("UI sign-in refused from {Address}: too many failed sign-ins, locked until {Until}", address, until);
            var wait = $"Too many failed sign-ins from your address: try again after {until.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC.";
            return new HtmlPage(Render(Viewer.Of(context, antiforgery), returnUrl, wait), StatusCodes.Status429TooManyRequests);
        }

        var token = await tokens.ValidAsync(store, form["token"].ToString().Trim(), cancellationToken);
        if (token is null)
        {
            throttle.Failed(address);
            log.LogWarning("UI sign-in refused from {Address}: unknown, revoked or expired token", address);
            return new HtmlPage(Render(Viewer.Of(context, antiforgery), returnUrl, "That token is not known, or no longer valid."), StatusCodes.Status400BadRequest);
        }

        throttle.Succeeded(address);
        await context.SignInAsync(ServerAuthentication.UiScheme, UiSessionStore.Principal(token), new AuthenticationProperties { IsPersistent = false });
        log.LogInformation("UI sign-in of token {TokenName} ({Scope}) from {Address}", token.Name, token.Scope, address);
        return Results.Redirect(Return(returnUrl));
    }

    public static async Task<IResult> SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(ServerAuthentication.UiScheme);
        return Results.Redirect(WebPaths.Login);
    }

    private static string Return(string? returnUrl) => WebPaths.IsSafeReturn(returnUrl) ? returnUrl! : WebPaths.Root;

    private static Markup Render(Viewer viewer, string? returnUrl, string? problem)
    {
        var body = Html.Of($"""
            <section class="panel login">
            <h1>Sign in</h1>
            {(problem is null ? Markup.Empty : Html.Of($"<p class=\"problem\" role=\"alert\" id=\"login-problem\">{problem}</p>"))}
            <form class="stack" method="post" action="{WebPaths.Login}">
            {viewer.Csrf}
            <input type="hidden" name="returnUrl" value="{(WebPaths.IsSafeReturn(returnUrl) ? returnUrl : WebPaths.Root)}">
            <label>API token<input type="password" name="token" autocomplete="current-password" required autofocus></label>
            <button class="primary" type="submit">Sign in</button>
            </form>
            <p class="muted">Until directory logins arrive, any valid API token signs in: a read token can look, an administrator token can also change findings' states.</p>
            </section>
            """);
        return Layout.Page("Sign in", viewer with { Name = null }, Layout.Section.None, body);
    }
}
