using Bulwark.Server.Audit;
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
/// <c>/ui/login</c>: signing in with a directory account when the server has a directory (<c>--directory</c>), as the
/// local administrator while there is one (<see cref="LocalAdministrator"/>), and with
/// an API token always (any valid one; its scope is what the session may do), so the bootstrap token still opens the UI
/// while the directory is being set up. A success opens a session and goes back to the page asked for, if it is one of
/// ours; wrong passwords and unknown tokens count against the address (<see cref="LoginThrottle"/>). Every sign-in and
/// every refused one is logged and written to the ledger (<c>auth.login.succeeded</c>, <c>auth.login.failed</c>), with the
/// user's or the token's name, never the password or the token; a sign-in the ledger cannot record does not happen.
/// </summary>
internal static class LoginPage
{
    public const string LoggerName = "Bulwark.Server.Web.Login";

    public static async Task<IResult> ShowAsync(HttpContext context, IAntiforgery antiforgery, StoreContext store, string? returnUrl, CancellationToken cancellationToken)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            return Results.Redirect(Return(returnUrl));
        }

        return new HtmlPage(Render(Viewer.Of(context, antiforgery), await ChoicesAsync(context, store, cancellationToken), returnUrl, null));
    }

    public static async Task<IResult> SignInAsync(
        HttpContext context, IAntiforgery antiforgery, StoreContext store, TokenCache tokens, LoginThrottle throttle, ServerLedger ledger, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var log = loggers.CreateLogger(LoggerName);
        var audit = new SignInAudit(ledger, log, cancellationToken);
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var returnUrl = form["returnUrl"].ToString();
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.LockedUntil(address) is { } until)
        {
            log.LogWarning("UI sign-in refused from {Address}: too many failed sign-ins, locked until {Until}", address, until);
            var wait = $"Too many failed sign-ins from your address: try again after {until.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC.";
            return new HtmlPage(Render(Viewer.Of(context, antiforgery), await ChoicesAsync(context, store, cancellationToken), returnUrl, wait), StatusCodes.Status429TooManyRequests);
        }

        if (form.ContainsKey("user") && await LocalAdministrator.FindAsync(store, cancellationToken) is { } local && local.Name == form["user"].ToString().Trim())
        {
            return await LocalSignInAsync(context, antiforgery, local, form["password"].ToString(), returnUrl, address, throttle, log, audit);
        }

        if (Directory(context) is { } directory && form.ContainsKey("user"))
        {
            return await DirectorySignInAsync(context, antiforgery, directory, form["user"].ToString().Trim(), form["password"].ToString(), returnUrl, address, throttle, log, audit, cancellationToken);
        }

        if (form.ContainsKey("user"))
        {
            // No directory, and not the local administrator's name: the same answer as a wrong password.
            throttle.Failed(address);
            var name = form["user"].ToString().Trim();
            log.LogWarning("UI sign-in of {User} refused from {Address}: no such local account and no directory", name, address);
            await audit.FailedAsync(AuditActors.SigningIn(name, "local"), $"no such account, from {address}");
            return new HtmlPage(Render(Viewer.Of(context, antiforgery), await ChoicesAsync(context, store, cancellationToken), returnUrl, WrongPassword, name), StatusCodes.Status400BadRequest);
        }

        var token = await tokens.ValidAsync(store, form["token"].ToString().Trim(), cancellationToken);
        if (token is null)
        {
            throttle.Failed(address);
            log.LogWarning("UI sign-in refused from {Address}: unknown, revoked or expired token", address);
            await audit.FailedAsync(AuditActors.SigningIn("(a token)", "api-token"), $"unknown, revoked or expired token, from {address}");
            return new HtmlPage(Render(Viewer.Of(context, antiforgery), await ChoicesAsync(context, store, cancellationToken), returnUrl, "That token is not known, or no longer valid."), StatusCodes.Status400BadRequest);
        }

        throttle.Succeeded(address);
        var principal = Claims.Of(token, ServerAuthentication.UiScheme);
        if (await audit.SucceededAsync(principal, $"token {token.Name}, from {address}") is { } unrecorded)
        {
            return new HtmlPage(Render(Viewer.Of(context, antiforgery), await ChoicesAsync(context, store, cancellationToken), returnUrl, unrecorded), StatusCodes.Status503ServiceUnavailable);
        }

        await context.SignInAsync(ServerAuthentication.UiScheme, principal, new AuthenticationProperties { IsPersistent = false });
        log.LogInformation("UI sign-in of token {TokenName} ({Scope}) from {Address}", token.Name, token.Scope, address);
        return Results.Redirect(Return(returnUrl));
    }

    // The directory's answers the browser sees are few on purpose: a wrong password and a disabled account read the same,
    // so the form tells no one which accounts exist or are locked; the log has the difference for the administrator.
    private static async Task<IResult> DirectorySignInAsync(
        HttpContext context, IAntiforgery antiforgery, DirectorySignIn directory, string user, string password, string returnUrl, string address, LoginThrottle throttle, ILogger log, SignInAudit audit, CancellationToken cancellationToken)
    {
        var result = await directory.Directory.AuthenticateAsync(user, password, cancellationToken);
        string problem;
        int status;
        switch (result)
        {
            case LoginResult.Authenticated person when directory.Config.Roles.GrantsAnyRole(person.Groups):
                throttle.Succeeded(address);
                var roles = DirectoryRoles.Of(directory.Config.Roles, person.Groups);
                var principal = Claims.OfPerson(person.UserName, Persons.OfDirectory(person.UserDn), person.UserDn, roles, ServerAuthentication.UiScheme);
                if (await audit.SucceededAsync(principal, $"directory, roles {string.Join(", ", roles)}, from {address}") is { } unrecorded)
                {
                    (problem, status) = (unrecorded, StatusCodes.Status503ServiceUnavailable);
                    break;
                }

                await context.SignInAsync(ServerAuthentication.UiScheme, principal, new AuthenticationProperties { IsPersistent = false });
                log.LogInformation("UI sign-in of directory user {User} ({Dn}) with roles {Roles} from {Address}", person.UserName, person.UserDn, string.Join(", ", roles), address);
                return Results.Redirect(Return(returnUrl));
            case LoginResult.Authenticated person:
                log.LogWarning("UI sign-in of directory user {User} refused from {Address}: no role for groups {Groups}", person.UserName, address, string.Join(", ", person.Groups));
                await audit.FailedAsync(AuditActors.SigningIn(person.UserName, "ldap"), $"no role for the user's groups, from {address}");
                (problem, status) = (RoleMap.NoRoleReason, StatusCodes.Status403Forbidden);
                break;
            case LoginResult.Unavailable unavailable:
                log.LogError("UI sign-in of directory user {User} from {Address} not possible: {Reason}", user, address, unavailable.Reason);
                await audit.FailedAsync(AuditActors.SigningIn(user, "ldap"), $"the directory could not be asked, from {address}");
                (problem, status) = ("The directory cannot be asked just now. Try again in a while, or tell an administrator.", StatusCodes.Status503ServiceUnavailable);
                break;
            default:
                throttle.Failed(address);
                if (result is LoginResult.Disabled)
                {
                    log.LogWarning("UI sign-in of directory user {User} refused from {Address}: the account is disabled in the directory", user, address);
                    await audit.FailedAsync(AuditActors.SigningIn(user, "ldap"), $"the account is disabled in the directory, from {address}");
                }
                else
                {
                    log.LogWarning("UI sign-in of directory user {User} refused from {Address}: wrong user name or password", user, address);
                    await audit.FailedAsync(AuditActors.SigningIn(user, "ldap"), $"wrong user name or password, from {address}");
                }

                (problem, status) = (WrongPassword, StatusCodes.Status400BadRequest);
                break;
        }

        return new HtmlPage(Render(Viewer.Of(context, antiforgery), new Choices(true, Oidc(context)), returnUrl, problem, user), status);
    }

    // The local administrator: the same answers as the directory's, so the form does not tell which kind of account a name is.
    private static async Task<IResult> LocalSignInAsync(
        HttpContext context, IAntiforgery antiforgery, LocalPassword local, string password, string returnUrl, string address, LoginThrottle throttle, ILogger log, SignInAudit audit)
    {
        string problem;
        int status;
        if (local.Matches(password))
        {
            throttle.Succeeded(address);
            var principal = Claims.OfPerson(local.Name, Persons.OfLocal(local.Name), null, [RoleNames.Of(Role.Administrator)], ServerAuthentication.UiScheme);
            if (await audit.SucceededAsync(principal, $"local administrator, from {address}") is not { } unrecorded)
            {
                await context.SignInAsync(ServerAuthentication.UiScheme, principal, new AuthenticationProperties { IsPersistent = false });
                log.LogInformation("UI sign-in of the local administrator {User} from {Address}", local.Name, address);
                return Results.Redirect(Return(returnUrl));
            }

            (problem, status) = (unrecorded, StatusCodes.Status503ServiceUnavailable);
        }
        else
        {
            throttle.Failed(address);
            log.LogWarning("UI sign-in of the local administrator {User} refused from {Address}: wrong password", local.Name, address);
            await audit.FailedAsync(AuditActors.SigningIn(local.Name, "local"), $"wrong password, from {address}");
            (problem, status) = (WrongPassword, StatusCodes.Status400BadRequest);
        }

        return new HtmlPage(Render(Viewer.Of(context, antiforgery), new Choices(true, Oidc(context)), returnUrl, problem, local.Name), status);
    }

    public static async Task<IResult> SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(ServerAuthentication.UiScheme);
        return Results.Redirect(WebPaths.Login);
    }

    /// <summary>What a wrong password and a disabled account both get.</summary>
    public const string WrongPassword = "Wrong user name or password.";

    private static string Return(string? returnUrl) => WebPaths.IsSafeReturn(returnUrl) ? returnUrl! : WebPaths.Root;

    /// <summary>The sign-in page with <paramref name="problem"/> on it, for a sign-in refused elsewhere (the OpenID Connect callback).</summary>
    public static async Task<IResult> RefusedAsync(HttpContext context, IAntiforgery antiforgery, StoreContext store, string? returnUrl, string problem, int status, CancellationToken cancellationToken) =>
        new HtmlPage(Render(Viewer.Of(context, antiforgery), await ChoicesAsync(context, store, cancellationToken), returnUrl, problem), status);

    // The form asks for a user name and password with a directory, or while a local administrator exists; it offers
    // the provider's button when there is one.
    private static async Task<Choices> ChoicesAsync(HttpContext context, StoreContext store, CancellationToken cancellationToken) =>
        new(Directory(context) is not null || await LocalAdministrator.FindAsync(store, cancellationToken) is not null, Oidc(context));

    private static string? Oidc(HttpContext context) => context.RequestServices.GetService<DirectoryConfig>()?.Oidc?.Label;

    private static DirectorySignIn? Directory(HttpContext context) =>
        context.RequestServices.GetService<DirectoryConfig>() is { Directory: not null } config ? new(config, context.RequestServices.GetRequiredService<LdapDirectory>()) : null;

    private static Markup Render(Viewer viewer, Choices choices, string? returnUrl, string? problem, string? user = null)
    {
        var passwords = choices.Passwords;
        var back = WebPaths.IsSafeReturn(returnUrl) ? returnUrl! : WebPaths.Root;
        // A plain link, not a form: the answer is a redirect to the provider, which a form-action 'self' policy would stop.
        var oidcLink = choices.OidcLabel is not { } label ? Markup.Empty : Html.Of($"""
            <p><a class="button primary" id="oidc-sign-in" href="{WebPaths.OidcStart}?returnUrl={Uri.EscapeDataString(back)}">{label}</a></p>
            {(passwords ? Markup.Empty : Html.Of($"<h2>Or with an API token</h2>"))}
            """);
        var directoryForm = !passwords ? Markup.Empty : Html.Of($"""
            <form class="stack" method="post" action="{WebPaths.Login}">
            {viewer.Csrf}
            <input type="hidden" name="returnUrl" value="{back}">
            <label>User name<input type="text" name="user" value="{user ?? ""}" autocomplete="username" autocapitalize="none" spellcheck="false" required autofocus></label>
            <label>Password<input type="password" name="password" autocomplete="current-password" required></label>
            <button class="primary" type="submit">Sign in</button>
            </form>
            <h2>Or with an API token</h2>
            """);
        var tokenHelp = !passwords
            ? "Any valid API token signs in: a read token can look, an administrator token can also change findings' states."
            : "For the bootstrap token while the directory is set up, and for tokens: a read token can look, an administrator token can also change findings' states.";
        var body = Html.Of($"""
            <section class="panel login">
            <h1>Sign in</h1>
            {(problem is null ? Markup.Empty : Html.Of($"<p class=\"problem\" role=\"alert\" id=\"login-problem\">{problem}</p>"))}
            {oidcLink}
            {directoryForm}
            <form class="stack" method="post" action="{WebPaths.Login}">
            {viewer.Csrf}
            <input type="hidden" name="returnUrl" value="{back}">
            <label>API token<input type="password" name="token" autocomplete="current-password" required{(!passwords && choices.OidcLabel is null ? " autofocus" : "")}></label>
            <button class="{(!passwords && choices.OidcLabel is null ? "primary" : "secondary")}" type="submit">{(!passwords && choices.OidcLabel is null ? "Sign in" : "Sign in with the token")}</button>
            </form>
            <p class="muted">{tokenHelp}</p>
            </section>
            """);
        return Layout.Page("Sign in", viewer with { Name = null }, Layout.Section.None, body);
    }

    // What the page offers: the user name and password form, and the provider's button (its label) when there is one.
    private sealed record Choices(bool Passwords, string? OidcLabel);

    // The directory and its role map, when the server has one.
    private sealed record DirectorySignIn(DirectoryConfig Config, LdapDirectory Directory);
}
