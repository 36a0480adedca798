using Bulwark.Server.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Bulwark.Server.Web;

/// <summary>Who is looking at a page (their name and person), what they may do there, and the antiforgery token its forms carry.</summary>
internal sealed record Viewer(string? Name, string? Person, Grants Grants, string Roles, AntiforgeryTokenSet Tokens)
{
    /// <summary>
    /// Whether the state form is shown: triage on the finding's product, or asking for changes there (a risk acceptance
    /// becomes a change request), as the API asks of the same change.
    /// </summary>
    public bool MayChangeState(string product) => Grants.Has(Permission.Triage, product) || Grants.Has(Permission.Request, product);

    /// <summary>Whether the approve and reject buttons are shown for a request of <paramref name="product"/> (null: server-wide).</summary>
    public bool MayDecide(string? product) => product is null ? Grants.Has(Permission.Approve) : Grants.Has(Permission.Approve, product);

    /// <summary>The hidden field a form posts its antiforgery token in.</summary>
    public Markup Csrf => Html.Of($"<input type=\"hidden\" name=\"{Tokens.FormFieldName}\" value=\"{Tokens.RequestToken}\">");

    public static Viewer Of(HttpContext context, IAntiforgery antiforgery) =>
        new(context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null,
            context.User.FindFirst(Claims.Person)?.Value,
            Grants.From(context.User),
            string.Join(", ", context.User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value)),
            antiforgery.GetAndStoreTokens(context));
}
