using Bulwark.Server.Products;
using Bulwark.Server.Store;
using Microsoft.EntityFrameworkCore;
using SeverityNames = Bulwark.Sdk.SeverityNames;

namespace Bulwark.Server.Findings;

/// <summary>
/// The findings list's filters as a request spells them (<c>?product=api&amp;severity=high</c>), checked and turned
/// into a <see cref="FindingQuery"/>. The API and the web UI read the same filters through this one place.
/// </summary>
internal sealed record FindingFilter(
    string? Product, string? State, string? Severity, string? Scanner, string? Rule, string? Sla, string? Sort, int? Page, int? PageSize)
{
    public const int DefaultPageSize = 50;

    public static readonly string[] Sorts = ["severity", "first-seen", "last-seen"];

    /// <summary>The query; or what is wrong, with <see cref="Resolved.UnknownProduct"/> when it names no known product.</summary>
    /// <param name="store">Where product names are looked up.</param>
    /// <param name="readable">The products the asker may read (null for all): another product reads as unknown.</param>
    /// <param name="cancellationToken">Stops the look-up.</param>
    public async Task<Resolved> ResolveAsync(StoreContext store, IReadOnlyList<long>? readable, CancellationToken cancellationToken)
    {
        if (Sla is not null && !SlaStatus.Names.Contains(Sla))
        {
            return Refused($"sla must be one of {string.Join(", ", SlaStatus.Names)}");
        }

        var states = FindingStates.ParseFilter(State);
        if (State is not null && states is null)
        {
            return Refused($"state must be one of {FindingStates.Known}, or {FindingStates.Unresolved} (open, confirmed or reopened)");
        }

        int? minSeverity = null;
        if (Severity is not null)
        {
            if (!SeverityNames.TryParse(Severity, out var least))
            {
                return Refused($"severity must be one of {string.Join(", ", SeverityNames.All)} (findings at it or above are listed)");
            }

            minSeverity = (int)least;
        }

        if (Sort is not null && !Sorts.Contains(Sort))
        {
            return Refused($"sort must be one of {string.Join(", ", Sorts)}");
        }

        var size = PageSize ?? DefaultPageSize;
        if (size is < 1 or > FindingQuery.MaxPageSize || Page is < 1)
        {
            return Refused($"page starts at 1 and pageSize is 1 to {FindingQuery.MaxPageSize}");
        }

        long? productId = null;
        if (Product is not null)
        {
            productId = await ProductIds.FindAsync(store, Product, cancellationToken);
            if (productId is null || !ProductAccess.Allows(readable, productId.Value))
            {
                return new Resolved(null, $"no product named {Product}", UnknownProduct: true);
            }
        }

        return new Resolved(new FindingQuery(productId, states, minSeverity, Scanner, Rule, Sla, Sort ?? Sorts[0], Page ?? 1, size) { Readable = readable }, null, false);
    }

    private static Resolved Refused(string problem) => new(null, problem, false);

    /// <summary>A filter checked: the query, or the problem with it.</summary>
    internal sealed record Resolved(FindingQuery? Query, string? Problem, bool UnknownProduct);
}
