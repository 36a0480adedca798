using Bulwark.Server.Auth;
using Bulwark.Server.Store.Model;
using Bulwark.Server.Tokens;

namespace Bulwark.Server.Web;

/// <summary>
/// <c>/ui/tokens</c>: a person's API tokens for CI and agents — make one (name, scope, days; the token is shown once,
/// on the page that answers the form), see when each expires and was last used, revoke one. Administrators see and may
/// revoke everyone's.
/// </summary>
internal static class TokensPage
{
    /// <summary>What the form held and why it was refused, or the token just made, to show once.</summary>
    internal sealed record Shown(string? Name = null, string? Scope = null, string? Days = null, string? Problem = null, string? NewToken = null);

    public static Markup Render(Viewer viewer, IReadOnlyList<ApiToken> tokens, DateTimeOffset now, Shown shown)
    {
        var made = shown.NewToken is { } token ? Html.Of($"""
            <section class="panel" aria-labelledby="made-heading">
            <h2 id="made-heading">Your new token</h2>
            <p>Copy it now into your CI's secret store: it is shown this once and kept only as a hash.</p>
            <pre class="evidence" id="new-token">{token}</pre>
            </section>
            """) : Markup.Empty;
        var problem = shown.Problem is { } why ? Html.Of($"<p class=\"problem\" role=\"alert\" id=\"token-problem\">{why}</p>") : Markup.Empty;
        var scopes = TokenScopes.All.Select(s => s == (shown.Scope ?? TokenScopes.Upload)
            ? Html.Of($"<option value=\"{s}\" selected>{s}</option>")
            : Html.Of($"<option value=\"{s}\">{s}</option>"));
        var rows = tokens.Select(t => Html.Of($"""
            <tr><td class="title" data-label="name">{t.Name}</td><td data-label="scope">{t.Scope}</td><td data-label="owner">{t.OwnerName ?? "–"}</td><td data-label="expires">{Formats.Date(t.ExpiresAt)}</td><td data-label="last used">{Formats.Date(t.LastUsedAt)}</td><td data-label="state">{Status(t, now)}</td><td>{Revoke(viewer, t, now)}</td></tr>
            """));
        var body = Html.Of($"""
            <h1>API tokens</h1>
            {made}
            <div class="grid">
            <section class="panel" aria-labelledby="new-heading">
            <h2 id="new-heading">Make a token</h2>
            {problem}
            <form class="stack" method="post" action="{WebPaths.Tokens}">
            {viewer.Csrf}
            <label>Name (what will use it)<input type="text" name="name" required maxlength="{TokenIssuer.MaxName}" value="{shown.Name}"></label>
            <label>Scope<select name="scope">{scopes}</select></label>
            <label>Valid for (days)<input type="number" name="days" min="1" max="{TokenIssuer.MaxDays}" value="{shown.Days ?? TokenIssuer.DefaultDays.ToString(System.Globalization.CultureInfo.InvariantCulture)}" required></label>
            <button class="primary" type="submit">Make the token</button>
            </form>
            <p class="muted">A token acts for you with your roles as they are now, no more than its scope allows: read can look, upload can also send scans, admin can do all you can.</p>
            </section>
            </div>
            <table class="cards" id="tokens">
            <thead><tr><th scope="col">name</th><th scope="col">scope</th><th scope="col">owner</th><th scope="col">expires</th><th scope="col">last used</th><th scope="col">state</th><th scope="col"></th></tr></thead>
            <tbody>{rows}</tbody>
            </table>
            """);
        return Layout.Page("API tokens", viewer, Layout.Section.Tokens, body);
    }

    private static string Status(ApiToken t, DateTimeOffset now) =>
        t.RevokedAt is not null ? "revoked" : TokenCache.Usable(t, now) ? "valid" : "expired";

    private static Markup Revoke(Viewer viewer, ApiToken t, DateTimeOffset now) => t.RevokedAt is null && TokenCache.Usable(t, now)
        ? Html.Of($"""<form method="post" action="{WebPaths.Tokens}/{t.Id}/revoke">{viewer.Csrf}<button type="submit">Revoke</button></form>""")
        : Markup.Empty;
}
