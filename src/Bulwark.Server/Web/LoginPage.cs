using System.Globalization;
using Bulwark.Server.Auth;
using Bulwark.Server.Directories;
using Bulwark.Server.Store;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bulwark.Server.Web;

/// <summary>
/// <c>/ui/login</c>: signing in with a directory account when the server has a directory (<c>--directory</c>), and with
/// an API token always (any valid one; its scope is what the session may do), so the bootstrap token still opens the UI
/// while the directory is being set up. A success opens a session and goes back to the page asked for, if it is one of
/// ours; wrong passwords and unknown tokens count against the address (<see cref="LoginThrottle"/>). Both are logged,
/// with the user's or the token's name, never the password or the token.
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

        return new HtmlPage(Render(Viewer.Of(context, antiforgery), Directory(context), returnUrl, null));
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
            return new HtmlPage(Render(Viewer.Of(context, antiforgery), Directory(context), returnUrl, wait), StatusCodes.Status429TooManyRequests);
        }

        if (Directory(context) is { } directory && form.ContainsKey("user"))
        {
            return await DirectorySignInAsync(context, antiforgery, directory, form["user"].ToString().Trim(), form["password"].ToString(), returnUrl, address, throttle, log, cancellationToken);
        }

        var token = await tokens.ValidAsync(store, form["token"].ToString().Trim(), cancellationToken);
        if (token is null)
        {
            throttle.Failed(address);
            log.LogWarning("UI sign-in refused from {Address}: unknown, revoked or expired token", address);
            return new HtmlPage(Render(Viewer.Of(context, antiforgery), Directory(context), returnUrl, "That token is not known, or no longer valid."), StatusCodes.Status400BadRequest);
        }

        throttle.Succeeded(address);
        await context.SignInAsync(ServerAuthentication.UiScheme, Claims.Of(token, ServerAuthentication.UiScheme), new AuthenticationProperties { IsPersistent = false });
        log.LogInformation("UI sign-in of token {TokenName} ({Scope}) from {Address}", token.Name, token.Scope, address);
        return Results.Redirect(Return(returnUrl));
    }

    // The directory's answers the browser sees are few on purpose: a wrong password and a disabled account read the same,
    // so the form tells no one which accounts exist or are locked; the log has the difference for the administrator.
    private static async Task<IResult> DirectorySignInAsync(
        HttpContext context, IAntiforgery antiforgery, DirectorySignIn directory, string user, string password, string returnUrl, string address, LoginThrottle throttle, ILogger log, CancellationToken cancellationToken)
    {
        var result = await directory.Directory.AuthenticateAsync(user, password, cancellationToken);
        string problem;
        int status;
        switch (result)
        {
            case LoginResult.Authenticated person when directory.Config.Roles.GrantsAnyRole(person.Groups):
                throttle.Succeeded(address);
                var roles = DirectoryRoles.Of(directory.Config.Roles, person.Groups);
                await context.SignInAsync(ServerAuthentication.UiScheme, Claims.OfPerson(person.UserName, Persons.OfDirectory(person.UserDn), person.UserDn, roles, ServerAuthentication.UiScheme), new AuthenticationProperties { IsPersistent = false });
                log.LogInformation("UI sign-in of directory user {User} ({Dn}) with roles {Roles} from {Address}", person.UserName, person.UserDn, string.Join(", ", roles), address);
                return Results.Redirect(Return(returnUrl));
            case LoginResult.Authenticated person:
                log.LogWarning("UI sign-in of directory user {User} refused from {Address}: no role for groups {Groups}", person.UserName, address, string.Join(", ", person.Groups));
                (problem, status) = (RoleMap.NoRoleReason, StatusCodes.Status403Forbidden);
                break;
            case LoginResult.Unavailable unavailable:
                log.LogError("UI sign-in of directory user {User} from {Address} not possible: {Reason}", user, address, unavailable.Reason);
                (problem, status) = ("The directory cannot be asked just now. Try again in a while, or tell an administrator.", StatusCodes.Status503ServiceUnavailable);
                break;
            default:
                throttle.Failed(address);
                if (result is LoginResult.Disabled)
                {
                    log.LogWarning("UI sign-in of directory user {User} refused from {Address}: the account is disabled in the directory", user, address);
                }
                else
                {
                    log.LogWarning("UI sign-in of directory user {User} refused from {Address}: wrong user name or password", user, address);
                }

                (problem, status) = (WrongPassword, StatusCodes.Status400BadRequest);
                break;
        }

        return new HtmlPage(Render(Viewer.Of(context, antiforgery), directory, returnUrl, problem, user), status);
    }

    public static async Task<IResult> SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(ServerAuthentication.UiScheme);
        return Results.Redirect(WebPaths.Login);
    }

    /// <summary>What a wrong password and a disabled account both get.</summary>
    public const string WrongPassword = "Wrong user name or password.";

    private static string Return(string? returnUrl) => WebPaths.IsSafeReturn(returnUrl) ? returnUrl! : WebPaths.Root;

    private static DirectorySignIn? Directory(HttpContext context) =>
        context.RequestServices.GetService<DirectoryConfig>() is { } config ? new(config, context.RequestServices.GetRequiredService<LdapDirectory>()) : null;

    private static Markup Render(Viewer viewer, DirectorySignIn? directory, string? returnUrl, string? problem, string? user = null)
    {
        var back = WebPaths.IsSafeReturn(returnUrl) ? returnUrl : WebPaths.Root;
        var directoryForm = directory is null ? Markup.Empty : Html.Of($"""
            <form class="stack" method="post" action="{WebPaths.Login}">
            {viewer.Csrf}
            <input type="hidden" name="returnUrl" value="{back}">
            <label>User name<input type="text" name="user" value="{user ?? ""}" autocomplete="username" autocapitalize="none" spellcheck="false" required autofocus></label>
            <label>Password<input type="password" name="password" autocomplete="current-password" required></label>
            <button class="primary" type="submit">Sign in</button>
            </form>
            <h2>Or with an API token</h2>
            """);
        var tokenHelp = directory is null
            ? "Any valid API token signs in: a read token can look, an administrator token can also change findings' states."
            : "For the bootstrap token while the directory is set up, and for tokens: a read token can look, an administrator token can also change findings' states.";
        var body = Html.Of($"""
            <section class="panel login">
            <h1>Sign in</h1>
            {(problem is null ? Markup.Empty : Html.Of($"<p class=\"problem\" role=\"alert\" id=\"login-problem\">{problem}</p>"))}
            {directoryForm}
            <form class="stack" method="post" action="{WebPaths.Login}">
            {viewer.Csrf}
            <input type="hidden" name="returnUrl" value="{back}">
            <label>API token<input type="password" name="token" autocomplete="current-password" required{(directory is null ? " autofocus" : "")}></label>
            <button class="{(directory is null ? "primary" : "secondary")}" type="submit">{(directory is null ? "Sign in" : "Sign in with the token")}</button>
            </form>
            <p class="muted">{tokenHelp}</p>
            </section>
            """);
        return Layout.Page("Sign in", viewer with { Name = null }, Layout.Section.None, body);
    }

    // The directory and its role map, when the server has one.
    private sealed record DirectorySignIn(DirectoryConfig Config, LdapDirectory Directory);
}
