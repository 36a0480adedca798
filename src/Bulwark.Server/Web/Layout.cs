namespace Bulwark.Server.Web;

/// <summary>The frame around every page: the phone-ready head, the navigation, who is signed in and the sign-out button.</summary>
internal static class Layout
{
    /// <summary>The navigation's sections; a page names the one it belongs to.</summary>
    internal enum Section
    {
        None,
        Dashboard,
        Findings,
        Products,
        Tokens,
        Audit,
        Deliveries,
        Changes,
    }

    public static Markup Page(string title, Viewer viewer, Section section, Markup body) => Html.Of($"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title} · Bulwark</title>
        <link rel="stylesheet" href="{SiteCss.Url}">
        </head>
        <body>
        <header class="top">
        <a class="brand" href="{WebPaths.Root}">Bulwark</a>
        {Navigation(viewer, section)}
        </header>
        <main>
        {body}
        </main>
        </body>
        </html>
        """);

    private static Markup Navigation(Viewer viewer, Section section)
    {
        if (viewer.Name is null)
        {
            return Markup.Empty;
        }

        return Html.Of($"""
            <nav aria-label="Sections">
            {Link(WebPaths.Root, "Dashboard", section == Section.Dashboard)}
            {Link(WebPaths.With(WebPaths.Findings, ("state", Findings.FindingStates.Unresolved)), "Findings", section == Section.Findings)}
            {Link(WebPaths.Products, "Products", section == Section.Products)}
            {Link(WebPaths.Tokens, "Tokens", section == Section.Tokens)}
            {(viewer.Grants.HasAnywhere(Auth.Permission.Audit) ? Link(WebPaths.Audit, "Audit", section == Section.Audit) : Markup.Empty)}
            {(viewer.Grants.Has(Auth.Permission.Administer) ? Link(WebPaths.Deliveries, "Deliveries", section == Section.Deliveries) : Markup.Empty)}
            {Link(WebPaths.Changes, "Changes", section == Section.Changes)}
            </nav>
            <form class="who" method="post" action="{WebPaths.Logout}">
            <span title="roles: {viewer.Roles}">{viewer.Name}</span>
            {viewer.Csrf}
            <button type="submit">Sign out</button>
            </form>
            """);
    }

    private static Markup Link(string href, string text, bool current) =>
        current ? Html.Of($"<a href=\"{href}\" aria-current=\"page\">{text}</a>") : Html.Of($"<a href=\"{href}\">{text}</a>");
}
