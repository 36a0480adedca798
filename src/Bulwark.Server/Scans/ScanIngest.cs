using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Scans;

/// <summary>
/// Takes a scan into the store in one transaction: a finding seen before (same product, same fingerprint) is updated
/// and keeps its history; a new one is opened; a fixed one seen again is reopened; and an open finding of a scanner
/// that ran but no longer sees it is fixed. Findings judged by people (false positive, risk accepted) keep that judgement.
/// </summary>
internal sealed class ScanIngest(StoreContext store, TimeProvider clock)
{
    private static readonly FindingState[] Fixable = [FindingState.Open, FindingState.Confirmed, FindingState.Reopened];

    public async Task<Scan> AddAsync(string productName, string productKind, string? revision, IncomingScan incoming, string uploadedBy, CancellationToken cancellationToken)
    {
        var strategy = store.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await store.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var product = await ProductAsync(productName, productKind, now, cancellationToken);
            var scan = new Scan
            {
                ProductId = product.Id,
                Tool = incoming.Tool,
                Scope = string.Join(' ', incoming.Scanners),
                Target = incoming.Target,
                Revision = revision,
                StartedAt = incoming.StartedAt,
                ReceivedAt = now,
                FindingCount = incoming.Findings.Count,
                UploadedBy = uploadedBy,
            };
            store.Scans.Add(scan);
            await store.SaveChangesAsync(cancellationToken);

            var scanners = incoming.Scanners.ToList();
            var known = await store.Findings.Where(f => f.ProductId == product.Id && scanners.Contains(f.Scanner))
                .ToDictionaryAsync(f => f.Fingerprint, StringComparer.Ordinal, cancellationToken);
            var actor = $"scan #{scan.Id}";
            foreach (var seen in incoming.Findings)
            {
                if (known.Remove(seen.Fingerprint, out var finding))
                {
                    Update(finding, seen, scan, now);
                    if (finding.State == FindingState.Fixed)
                    {
                        Move(finding, FindingState.Reopened, actor, "seen again", now);
                        finding.FixedAt = null;
                        scan.ReopenedCount++;
                    }

                    continue;
                }

                var opened = New(seen, product.Id, scan, now);
                store.Findings.Add(opened);
                store.FindingChanges.Add(new FindingChange { Finding = opened, At = now, Actor = actor, From = null, To = FindingState.Open, Reason = "first seen" });
                scan.NewCount++;
            }

            // What is left was not seen by a scanner that ran.
            foreach (var gone in known.Values.Where(f => Fixable.Contains(f.State)))
            {
                Move(gone, FindingState.Fixed, actor, "no longer seen", now);
                gone.FixedAt = now;
                scan.FixedCount++;
            }

            await store.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return scan;
        });
    }

    private void Move(Finding finding, FindingState to, string actor, string reason, DateTimeOffset now)
    {
        store.FindingChanges.Add(new FindingChange { FindingId = finding.Id, At = now, Actor = actor, From = finding.State, To = to, Reason = reason });
        finding.State = to;
    }

    private static void Update(Finding finding, IncomingFinding seen, Scan scan, DateTimeOffset now)
    {
        finding.LastScanId = scan.Id;
        finding.LastSeen = now;
        finding.Severity = seen.Severity;
        finding.Title = seen.Title;
        finding.Message = seen.Message;
        finding.Path = seen.Path;
        finding.Line = seen.Line;
        finding.Evidence = seen.Evidence;
    }

    private static Finding New(IncomingFinding seen, long productId, Scan scan, DateTimeOffset now) => new()
    {
        ProductId = productId,
        Fingerprint = seen.Fingerprint,
        Scanner = seen.Scanner,
        RuleId = seen.RuleId,
        Severity = seen.Severity,
        Title = seen.Title,
        Message = seen.Message,
        Path = seen.Path,
        Line = seen.Line,
        Evidence = seen.Evidence,
        State = FindingState.Open,
        FirstScanId = scan.Id,
        LastScanId = scan.Id,
        FirstSeen = now,
        LastSeen = now,
    };

    private async Task<Product> ProductAsync(string name, string kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await store.Products.FirstOrDefaultAsync(p => p.Name == name, cancellationToken) is { } product)
        {
            return product;
        }

        product = new Product { Name = name, Kind = kind, CreatedAt = now };
        store.Products.Add(product);
        await store.SaveChangesAsync(cancellationToken);
        return product;
    }
}
