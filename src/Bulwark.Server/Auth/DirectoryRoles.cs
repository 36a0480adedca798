using Bulwark.Server.Directories;

namespace Bulwark.Server.Auth;

/// <summary>
/// What a directory user's roles let them do in the web UI, until every endpoint checks roles of its own (issue 10):
/// the roles are mapped onto the token scopes the UI already checks. Those who judge findings (administrators and
/// security analysts) may change states; everyone else with a role may read.
/// </summary>
internal static class DirectoryRoles
{
    // Newlines part the entries, as neither a role's name nor a product's (a path, an image reference) holds one.
    private const char Separator = '\n';

    /// <summary>
    /// The roles <paramref name="groups"/> give, as a session keeps them: each global role by name, each role on one
    /// product as <c>role@product</c>.
    /// </summary>
    public static IReadOnlyList<string> Of(RoleMap map, IReadOnlyList<string> groups)
    {
        var roles = map.RolesFor(groups).Order().Select(RoleNames.Of).ToList();
        foreach (var product in map.Products)
        {
            roles.AddRange(map.RolesFor(groups, product).Except(map.RolesFor(groups)).Order().Select(r => $"{RoleNames.Of(r)}@{product}"));
        }

        return roles;
    }

    /// <summary>The scope <paramref name="roles"/> (as <see cref="Of"/> gives them) hold in the UI; a role on one product only gives read.</summary>
    public static string Scope(IEnumerable<string> roles) =>
        roles.Any(r => r == RoleNames.Of(Role.Administrator) || r == RoleNames.Of(Role.SecurityAnalyst)) ? TokenScopes.Admin : TokenScopes.Read;

    /// <summary>The roles as the session's row keeps them.</summary>
    public static string Join(IEnumerable<string> roles) => string.Join(Separator, roles);

    /// <summary>The roles from the session's row.</summary>
    public static IReadOnlyList<string> Split(string? roles) => roles?.Split(Separator, StringSplitOptions.RemoveEmptyEntries) ?? [];
}
