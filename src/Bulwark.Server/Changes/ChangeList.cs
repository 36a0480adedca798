using Bulwark.Server.Auth;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Changes;

/// <summary>Change requests as a reader sees them: only those of products they may read (and the server-wide ones), with their decisions.</summary>
internal static class ChangeList
{
    public const int Longest = 200;

    internal sealed record Entry(ChangeRequest Request, IReadOnlyList<ChangeApproval> Decisions);

    /// <summary>The newest requests first, filtered by state, kind and, with <paramref name="person"/>, the requester.</summary>
    public static async Task<List<Entry>> ReadAsync(
        StoreContext store, Grants grants, ChangeState? state, string? kind, string? person, CancellationToken cancellationToken, int longest = Longest)
    {
        var query = store.ChangeRequests.AsNoTracking();
        if (grants.ProductsWith(Permission.Read) is { } products)
        {
            query = query.Where(r => r.Product == null || products.Contains(r.Product));
        }

        if (state is { } s)
        {
            query = query.Where(r => r.State == s);
        }

        if (kind is not null)
        {
            query = query.Where(r => r.Kind == kind);
        }

        if (person is not null)
        {
            query = query.Where(r => r.RequesterPerson == person);
        }

        var requests = await query.OrderByDescending(r => r.Id).Take(longest).ToListAsync(cancellationToken);
        return await WithDecisionsAsync(store, requests, cancellationToken);
    }

    /// <summary>One request with its decisions, or null when there is none the reader may see.</summary>
    public static async Task<Entry?> FindAsync(StoreContext store, Grants grants, long id, CancellationToken cancellationToken)
    {
        var request = await store.ChangeRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null || (request.Product is { } product && !grants.Has(Permission.Read, product)))
        {
            return null;
        }

        return (await WithDecisionsAsync(store, [request], cancellationToken))[0];
    }

    private static async Task<List<Entry>> WithDecisionsAsync(StoreContext store, List<ChangeRequest> requests, CancellationToken cancellationToken)
    {
        var ids = requests.Select(r => r.Id).ToList();
        var decisions = (await store.ChangeApprovals.AsNoTracking().Where(a => ids.Contains(a.RequestId)).ToListAsync(cancellationToken))
            .OrderBy(a => a.At).ThenBy(a => a.Id).ToLookup(a => a.RequestId);
        return [.. requests.Select(r => new Entry(r, [.. decisions[r.Id]]))];
    }
}
