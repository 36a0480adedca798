using Bulwark.Server.Products;
using Bulwark.Server.Store.Model;

namespace Bulwark.Server.Findings;

/// <summary>A findings list request: filters (all optional, combined with AND), sort and page.</summary>
internal sealed record FindingQuery(
    long? ProductId, IReadOnlyList<FindingState>? States, int? MinSeverity, string? Scanner, string? RuleId, string? Sla, string Sort, int Page, int PageSize)
{
    /// <summary>The products the asker may read (<see cref="Products.ProductAccess"/>); null for all.</summary>
    public IReadOnlyList<long>? Readable { get; init; }

    public const int MaxPageSize = 500;

    /// <param name="findings">The findings to filter and sort.</param>
    /// <param name="policy">The SLA policy an <see cref="Sla"/> filter is judged by.</param>
    /// <param name="now">The time an <see cref="Sla"/> filter is judged at.</param>
    public IQueryable<Finding> Apply(IQueryable<Finding> findings, SlaPolicy policy, DateTimeOffset now)
    {
        if (Sla is not null)
        {
            findings = SlaStatus.Filter(findings, Sla, policy, now);
        }

        if (ProductId is { } product)
        {
            findings = findings.Where(f => f.ProductId == product);
        }
        else if (Readable is not null)
        {
            findings = findings.Within(Readable);
        }

        if (States is [var state])
        {
            findings = findings.Where(f => f.State == state);
        }
        else if (States is { } states)
        {
            findings = findings.Where(f => states.Contains(f.State));
        }

        if (MinSeverity is { } severity)
        {
            findings = findings.Where(f => f.Severity >= severity);
        }

        if (Scanner is not null)
        {
            findings = findings.Where(f => f.Scanner == Scanner);
        }

        if (RuleId is not null)
        {
            findings = findings.Where(f => f.RuleId == RuleId);
        }

        return Sort switch
        {
            "first-seen" => findings.OrderBy(f => f.Id),
            "last-seen" => findings.OrderByDescending(f => f.LastScanId).ThenBy(f => f.Id),
            _ => findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Id),
        };
    }
}
