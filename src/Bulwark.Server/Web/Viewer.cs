using Bulwark.Server.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Bulwark.Server.Web;

/// <summary>Who is looking at a page, what they may do there, and the antiforgery token its forms carry.</summary>
internal sealed record Viewer(string? Name, string? Scope, AntiforgeryTokenSet Tokens)
{
    /// <summary>Changing a finding's state needs an administrator token (or a directory role that maps onto one: <see cref="DirectoryRoles"/>), through the UI as through the API.</summary>
    public bool MayChangeState => Scope is not null && TokenScopes.Allows(Scope, TokenScopes.Admin);

    /// <summary>The hidden field a form posts its antiforgery token in.</summary>
    public Markup Csrf => Html.Of($"<input type=\"hidden\" name=\"{Tokens.FormFieldName}\" value=\"{Tokens.RequestToken}\">");

    public static Viewer Of(HttpContext context, IAntiforgery antiforgery) =>
        new(context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null,
            context.User.FindFirst(BearerAuthentication.ScopeClaim)?.Value,
            antiforgery.GetAndStoreTokens(context));
}
