using System.Text.Json;

namespace Bulwark.Server.Directories;

/// <summary>
/// The <c>roles</c> section of the configuration into a <see cref="RoleMap"/>: role names to group lists, and under
/// <c>products</c> the same per product.
/// </summary>
internal static class RoleMapReader
{
    private const string Products = "products";

    public static RoleMap? Read(ConfigReader reader, JsonElement? section)
    {
        if (section is not { } roles)
        {
            return null;
        }

        var global = Roles(reader, roles, "roles.", allowProducts: true);
        var products = new Dictionary<string, IReadOnlyDictionary<Role, IReadOnlyList<string>>>(StringComparer.Ordinal);
        if (roles.TryGetProperty(Products, out var perProduct) && reader.Object(perProduct, "roles.products") is { } productSection)
        {
            foreach (var product in productSection.EnumerateObject())
            {
                var key = $"roles.products.{product.Name}";
                if (reader.Object(product.Value, key) is { } productRoles)
                {
                    products[product.Name] = Roles(reader, productRoles, key + ".", allowProducts: false);
                }
            }
        }

        if (global.Count == 0 && products.Values.All(p => p.Count == 0))
        {
            reader.Problem("roles", $"gives no group any role, so no one could sign in; map groups to {string.Join(", ", RoleNames.Names)}");
        }

        return new RoleMap(global, products);
    }

    private static Dictionary<Role, IReadOnlyList<string>> Roles(ConfigReader reader, JsonElement section, string prefix, bool allowProducts)
    {
        var roles = new Dictionary<Role, IReadOnlyList<string>>();
        foreach (var property in section.EnumerateObject())
        {
            if (allowProducts && property.Name == Products)
            {
                continue;
            }

            if (RoleNames.Parse(property.Name) is not { } role)
            {
                var known = allowProducts ? RoleNames.Names.Append(Products) : RoleNames.Names;
                reader.Problem(prefix + property.Name, $"unknown role; roles are {string.Join(", ", known)}");
                continue;
            }

            if (reader.Names(property.Value, prefix + property.Name) is { } groups)
            {
                roles[role] = groups;
            }
        }

        return roles;
    }
}
