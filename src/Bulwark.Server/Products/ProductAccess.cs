using Bulwark.Server.Auth;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Products;

/// <summary>
/// Which products someone may see or act on, for those whose roles hold on some products only. Null means every
/// product (no filter, no query): the usual case costs nothing. What is not readable is not there for them: a finding
/// of another product answers 404, as one that does not exist.
/// </summary>
internal static class ProductAccess
{
    /// <summary>The ids of the products <paramref name="grants"/> hold <paramref name="permission"/> on, or null for all.</summary>
    public static async Task<IReadOnlyList<long>?> IdsAsync(StoreContext store, Grants grants, Permission permission, CancellationToken cancellationToken)
    {
        if (grants.ProductsWith(permission) is not { } names)
        {
            return null;
        }

        return names.Count == 0 ? [] : await store.Products.AsNoTracking().Where(p => names.Contains(p.Name)).Select(p => p.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The findings of the products in <paramref name="ids"/> (all when null).</summary>
    public static IQueryable<Finding> Within(this IQueryable<Finding> findings, IReadOnlyList<long>? ids) =>
        ids is null ? findings : findings.Where(f => ids.Contains(f.ProductId));

    /// <summary>The products in <paramref name="ids"/> (all when null).</summary>
    public static IQueryable<Product> Within(this IQueryable<Product> products, IReadOnlyList<long>? ids) =>
        ids is null ? products : products.Where(p => ids.Contains(p.Id));

    /// <summary>The scans of the products in <paramref name="ids"/> (all when null).</summary>
    public static IQueryable<Scan> Within(this IQueryable<Scan> scans, IReadOnlyList<long>? ids) =>
        ids is null ? scans : scans.Where(s => ids.Contains(s.ProductId));

    /// <summary>Whether product <paramref name="id"/> is among <paramref name="ids"/>.</summary>
    public static bool Allows(IReadOnlyList<long>? ids, long id) => ids is null || ids.Contains(id);
}
