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

    /// <summary>The API's policy for <paramref name="permission"/> (bearer tokens only).</summary>
    public static string Api(Permission permission) => "api:" + permission;

    /// <summary>The UI's policy for <paramref name="permission"/> (the session cookie only).</summary>
    public static string Ui(Permission permission) => "ui:" + permission;

    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<UiSessionStore>();
        services.AddSingleton<TokenUse>();
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
                    "Not allowed", "Your roles do not allow this. Ask an administrator if you need it.");
            });
        services.AddOptions<CookieAuthenticationOptions>(UiScheme).Configure<UiSessionStore>((o, store) => o.SessionStore = store);

        var authorization = services.AddAuthorizationBuilder();
        foreach (var permission in Enum.GetValues<Permission>())
        {
            authorization.AddPolicy(Api(permission), p => Require(p, BearerAuthentication.SchemeName, permission));
            authorization.AddPolicy(Ui(permission), p => Require(p, UiScheme, permission));
        }
    }

    // Held anywhere: an endpoint about one product checks that product itself once it knows which (Grants.Has).
    private static void Require(AuthorizationPolicyBuilder policy, string scheme, Permission permission) =>
        policy.AddAuthenticationSchemes(scheme).RequireAuthenticatedUser().RequireAssertion(c => Grants.From(c.User).HasAnywhere(permission));
}
