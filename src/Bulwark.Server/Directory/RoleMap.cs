namespace Bulwark.Server.Directories;

/// <summary>
/// Which roles directory groups give: for every product, and for one product only. Group names are compared without
/// regard to case, as directories compare them. Someone in no mapped group has no role and is not let in.
/// </summary>
public sealed class RoleMap
{
    /// <summary>What a person in no mapped group is told when they are not let in.</summary>
    public const string NoRoleReason =
        "You are not in any directory group that Bulwark gives a role to. Ask an administrator to add you to one.";

    private readonly Dictionary<string, HashSet<Role>> _global;
    private readonly Dictionary<string, Dictionary<string, HashSet<Role>>> _products;

    /// <summary>A map from <paramref name="global"/> (role to groups, for every product) and <paramref name="products"/> (product to role to groups).</summary>
    public RoleMap(IReadOnlyDictionary<Role, IReadOnlyList<string>> global, IReadOnlyDictionary<string, IReadOnlyDictionary<Role, IReadOnlyList<string>>>? products = null)
    {
        ArgumentNullException.ThrowIfNull(global);
        _global = ByGroup(global);
        _products = (products ?? new Dictionary<string, IReadOnlyDictionary<Role, IReadOnlyList<string>>>())
            .ToDictionary(p => p.Key, p => ByGroup(p.Value), StringComparer.Ordinal);
    }

    /// <summary>A map that gives no one any role.</summary>
    public static RoleMap Empty { get; } = new(new Dictionary<Role, IReadOnlyList<string>>());

    /// <summary>
    /// The roles <paramref name="groups"/> give everywhere, and with <paramref name="product"/> also those they give
    /// on that product.
    /// </summary>
    public IReadOnlySet<Role> RolesFor(IEnumerable<string> groups, string? product = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var roles = new HashSet<Role>();
        var perProduct = product is not null && _products.TryGetValue(product, out var map) ? map : null;
        foreach (var group in groups)
        {
            roles.UnionWith(_global.GetValueOrDefault(group) ?? []);
            roles.UnionWith(perProduct?.GetValueOrDefault(group) ?? []);
        }

        return roles;
    }

    /// <summary>Whether <paramref name="groups"/> give any role at all, everywhere or on some product: whether to let the person in.</summary>
    public bool GrantsAnyRole(IEnumerable<string> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return groups.Any(g => _global.ContainsKey(g) || _products.Values.Any(p => p.ContainsKey(g)));
    }

    /// <summary>The products that have roles of their own, in order.</summary>
    public IReadOnlyList<string> Products => [.. _products.Keys.Order(StringComparer.Ordinal)];

    private static Dictionary<string, HashSet<Role>> ByGroup(IReadOnlyDictionary<Role, IReadOnlyList<string>> roles)
    {
        var byGroup = new Dictionary<string, HashSet<Role>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (role, groups) in roles)
        {
            foreach (var group in groups)
            {
                if (!byGroup.TryGetValue(group, out var set))
                {
                    byGroup[group] = set = [];
                }

                set.Add(role);
            }
        }

        return byGroup;
    }
}
