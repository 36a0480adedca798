using Microsoft.AspNetCore.Http;

namespace Bulwark.Server.Web;

/// <summary>Where the web UI lives, and the links between its pages (every value in a link is escaped).</summary>
internal static class WebPaths
{
    public const string Root = "/ui";
    public const string Login = "/ui/login";
    public const string OidcStart = "/ui/login/oidc";
    public const string Logout = "/ui/logout";
    public const string Findings = "/ui/findings";
    public const string Products = "/ui/products";
    public const string Tokens = "/ui/tokens";
    public const string Audit = "/ui/audit";
    public const string Changes = "/ui/changes";
    public const string Css = "/ui/site.css";
    public const string Deliveries = "/ui/deliveries";

    public static bool IsUi(PathString path) => path.StartsWithSegments(Root, StringComparison.OrdinalIgnoreCase);

    public static string Finding(long id) => $"{Findings}/{id}";

    public static string Change(long id) => $"{Changes}/{id}";

    // Names may hold slashes (registry.example.org/shop/cart): each part is escaped, the slashes stay, and the route
    // takes the rest of the path (an escaped %2F would reach the route still escaped).
    public static string Product(string name) => $"{Products}/{string.Join('/', name.Split('/').Select(Uri.EscapeDataString))}";

    /// <summary><paramref name="path"/> with the query parameters that have a value.</summary>
    public static string With(string path, params (string Name, string? Value)[] query)
    {
        var parts = query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => $"{q.Name}={Uri.EscapeDataString(q.Value!)}").ToList();
        return parts.Count == 0 ? path : $"{path}?{string.Join('&', parts)}";
    }

    /// <summary>
    /// Whether <paramref name="url"/> may be where a sign-in sends the browser: a page of this UI on this server, never
    /// another site (<c>//evil.example</c>, <c>/\evil.example</c>, <c>https://…</c>), so the sign-in form cannot be made
    /// a redirector.
    /// </summary>
    public static bool IsSafeReturn(string? url) =>
        url is not null
        && (url == Root || url.StartsWith(Root + "/", StringComparison.Ordinal) || url.StartsWith(Root + "?", StringComparison.Ordinal))
        && !url.Contains('\\') && !url.Contains("//", StringComparison.Ordinal) && !url.Any(char.IsControl);
}
