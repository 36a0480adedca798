using Bulwark.Server.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Server.Auth;

/// <summary>
/// Who a request is. The API (and <c>/metrics</c>) knows only bearer tokens; the web UI under <c>/ui</c> only its
/// session cookie. Each policy names its one scheme, so a UI cookie never authenticates an API call (a page an
/// attacker makes the browser load cannot use the API with it) and a bearer token never opens a UI page.
/// </summary>
internal static class ServerAuthentication
{
    public const string UiScheme = "UiSession";

    // Picks the scheme by path for whatever is not behind a policy (the antiforgery check, the sign-in page).
    private const string ByPath = "ByPath";

    /// <summary>The UI's policy for <paramref name="scope"/> (the API's policies are named by the scope alone).</summary>
    public static string Ui(string scope) => "ui:" + scope;

    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<UiSessionStore>();
        services.AddAuthentication(ByPath)
            .AddPolicyScheme(ByPath, null, o => o.ForwardDefaultSelector = c => WebPaths.IsUi(c.Request.Path) ? UiScheme : BearerAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthentication>(BearerAuthentication.SchemeName, null)
            .AddCookie(UiScheme, o =>
            {
                o.Cookie.Name = "bulwark_session";
                o.Cookie.Path = WebPaths.Root;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = WebPaths.Login;
                o.LogoutPath = WebPaths.Logout;
                o.ReturnUrlParameter = "returnUrl";
                o.Events.OnRedirectToAccessDenied = c => ErrorPage.WriteAsync(c.HttpContext, StatusCodes.Status403Forbidden,
                    "Not allowed", "You may read, not change: changing a finding's state needs an administrator token, or the administrator or security-analyst role.");
            });
        services.AddOptions<CookieAuthenticationOptions>(UiScheme).Configure<UiSessionStore>((o, store) => o.SessionStore = store);

        var authorization = services.AddAuthorizationBuilder();
        foreach (var scope in new[] { TokenScopes.Read, TokenScopes.Upload, TokenScopes.Admin })
        {
            authorization.AddPolicy(scope, p => Require(p, BearerAuthentication.SchemeName, scope));
            authorization.AddPolicy(Ui(scope), p => Require(p, UiScheme, scope));
        }
    }

    private static void Require(AuthorizationPolicyBuilder policy, string scheme, string scope) =>
        policy.AddAuthenticationSchemes(scheme).RequireAuthenticatedUser().RequireAssertion(c =>
            c.User.FindFirst(BearerAuthentication.ScopeClaim)?.Value is { } held && TokenScopes.Allows(held, scope));
}
