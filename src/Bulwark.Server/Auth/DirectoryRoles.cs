using Bulwark.Server.Directories;

namespace Bulwark.Server.Auth;

/// <summary>
/// A directory user's roles as sessions and tokens keep them: global roles by name, roles on one product as
/// <c>role@product</c> (<see cref="Grants"/> reads them back).
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

    /// <summary>The roles as the session's row keeps them.</summary>
    public static string Join(IEnumerable<string> roles) => string.Join(Separator, roles);

    /// <summary>The roles from the session's row.</summary>
    public static IReadOnlyList<string> Split(string? roles) => roles?.Split(Separator, StringSplitOptions.RemoveEmptyEntries) ?? [];
}
