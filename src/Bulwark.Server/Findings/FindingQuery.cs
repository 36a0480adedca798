using Bulwark.Server.Store.Model;

namespace Bulwark.Server.Findings;

/// <summary>A findings list request: filters (all optional, combined with AND), sort and page.</summary>
internal sealed record FindingQuery(
    long? ProductId, FindingState? State, int? MinSeverity, string? Scanner, string? RuleId, string Sort, int Page, int PageSize)
{
    public const int MaxPageSize = 500;

    public IQueryable<Finding> Apply(IQueryable<Finding> findings)
    {
        if (ProductId is { } product)
        {
            findings = findings.Where(f => f.ProductId == product);
        }

        if (State is { } state)
        {
            findings = findings.Where(f => f.State == state);
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
