using Bulwark.Server.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Bulwark.Server.Web;

/// <summary>Who is looking at a page, what they may do there, and the antiforgery token its forms carry.</summary>
internal sealed record Viewer(string? Name, Grants Grants, string Roles, AntiforgeryTokenSet Tokens)
{
    /// <summary>Whether the state form is shown: triage on the finding's product, as the API asks of the same change.</summary>
    public bool MayChangeState(string product) => Grants.Has(Permission.Triage, product);

    /// <summary>The hidden field a form posts its antiforgery token in.</summary>
    public Markup Csrf => Html.Of($"<input type=\"hidden\" name=\"{Tokens.FormFieldName}\" value=\"{Tokens.RequestToken}\">");

    public static Viewer Of(HttpContext context, IAntiforgery antiforgery) =>
        new(context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null,
            Grants.From(context.User),
            string.Join(", ", context.User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value)),
            antiforgery.GetAndStoreTokens(context));
}
