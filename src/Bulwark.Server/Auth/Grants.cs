using System.Runtime.CompilerServices;
using System.Security.Claims;
using Bulwark.Server.Directories;

namespace Bulwark.Server.Auth;

/// <summary>
/// What the person behind a request may do: permissions everywhere, and permissions on single products, from the role
/// claims (<c>approver</c>, <c>developer@shop</c>), bounded by a token's scope when the request came with one.
/// </summary>
internal sealed class Grants
{
    private readonly HashSet<Permission> _everywhere = [];
    private readonly Dictionary<string, HashSet<Permission>> _products = new(StringComparer.Ordinal);

    private Grants()
    {
    }

    // A request asks several times (its policy, its handler, the product filter, the page): the claims are read once per
    // principal, which lives as long as its request.
    private static readonly ConditionalWeakTable<ClaimsPrincipal, Grants> Read = [];

    /// <summary>The grants of <paramref name="user"/>'s role claims and scope claim.</summary>
    public static Grants From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Read.GetValue(user, Of);
    }

    private static Grants Of(ClaimsPrincipal user)
    {
        var grants = new Grants();
        var cap = user.FindFirst(Claims.Scope)?.Value is { } scope ? RolePermissions.Cap(scope) : null;
        foreach (var claim in user.FindAll(ClaimTypes.Role))
        {
            var (name, product) = Split(claim.Value);
            if (RoleNames.Parse(name) is not { } role)
            {
                continue;
            }

            var permissions = RolePermissions.Of(role).Where(p => cap is null || cap.Contains(p));
            if (product is null)
            {
                grants._everywhere.UnionWith(permissions);
            }
            else
            {
                if (!grants._products.TryGetValue(product, out var set))
                {
                    grants._products[product] = set = [];
                }

                set.UnionWith(permissions);
            }
        }

        return grants;
    }

    /// <summary>A service's grants (the tracker pull-back confirming findings): <paramref name="permissions"/> on every product.</summary>
    public static Grants Everywhere(params Permission[] permissions)
    {
        var grants = new Grants();
        grants._everywhere.UnionWith(permissions);
        return grants;
    }

    /// <summary>Whether <paramref name="permission"/> is held on every product.</summary>
    public bool Has(Permission permission) => _everywhere.Contains(permission);

    /// <summary>Whether <paramref name="permission"/> is held on <paramref name="product"/> (everywhere, or on it alone).</summary>
    public bool Has(Permission permission, string product) =>
        _everywhere.Contains(permission) || (_products.TryGetValue(product, out var set) && set.Contains(permission));

    /// <summary>Whether <paramref name="permission"/> is held anywhere at all: what an endpoint's policy asks before the product is known.</summary>
    public bool HasAnywhere(Permission permission) => _everywhere.Contains(permission) || _products.Values.Any(s => s.Contains(permission));

    /// <summary>The products <paramref name="permission"/> is held on, or null when it is held on every product.</summary>
    public IReadOnlyList<string>? ProductsWith(Permission permission) =>
        _everywhere.Contains(permission) ? null : [.. _products.Where(p => p.Value.Contains(permission)).Select(p => p.Key).Order(StringComparer.Ordinal)];

    /// <summary>A role claim's role name and product (null for a role held everywhere).</summary>
    public static (string Role, string? Product) Split(string roleClaim)
    {
        var at = roleClaim.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? (roleClaim, null) : (roleClaim[..at], roleClaim[(at + 1)..]);
    }
}
