using Bulwark.Server.Hosting;
using Bulwark.Server.Store;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Products;

/// <summary>
/// A product's id by its name, for filters that name one (the findings list's usual request). A product keeps its id
/// and is never removed, so a found id may be kept for as long as the process runs, and the list saves a round trip;
/// a name not found is asked again each time, as the next upload may make it.
/// </summary>
internal static class ProductIds
{
    private static readonly ShortCache<(string Database, string Name), long?> Found = new(TimeProvider.System, TimeSpan.FromHours(1), capacity: 100_000);

    public static Task<long?> FindAsync(StoreContext store, string name, CancellationToken cancellationToken) =>
        Found.GetAsync(
            (store.Database.GetConnectionString() ?? "", name),
            () => store.Products.AsNoTracking().Where(p => p.Name == name).Select(p => (long?)p.Id).FirstOrDefaultAsync(cancellationToken),
            id => id is not null);
}
