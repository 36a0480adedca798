using Bulwark.Server.Audit;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Bulwark.Server.Scans;

/// <summary>
/// Takes a scan into the store in one transaction: a finding seen before (same product, same fingerprint) is updated
/// and keeps its history; a new one is opened; a fixed one seen again is reopened; and an open finding of a scanner
/// that ran but no longer sees it is fixed. Findings judged by people (false positive, risk accepted) keep that judgement.
/// </summary>
/// <remarks>
/// Set-based: the product's known fingerprints are read once, new findings are written in bulk (<see cref="BulkRows"/>),
/// seen ones updated by one prepared statement, and the gone ones fixed by one statement, so a report of 50,000
/// findings costs seconds. A finding's first sighting is not a history row: its history starts from
/// <see cref="Finding.FirstScanId"/>.
/// </remarks>
internal sealed class ScanIngest(StoreContext store, TimeProvider clock, ServerLedger ledger)
{
    private static readonly FindingState[] Fixable = [FindingState.Open, FindingState.Confirmed, FindingState.Reopened];

    // SQLite has one writer; uploads arriving together take turns here rather than fail on a busy database.
    private static readonly SemaphoreSlim SqliteWriter = new(1, 1);

    private static readonly string[] FindingColumns =
        ["ProductId", "Fingerprint", "Scanner", "RuleId", "Severity", "Title", "Message", "Path", "Line", "Evidence", "State", "FirstScanId", "LastScanId", "FirstSeen", "LastSeen"];

    private static readonly string[] ChangeColumns = ["FindingId", "At", "Actor", "From", "To", "Reason"];

    public async Task<Scan> AddAsync(string productName, string productKind, string? revision, IncomingScan incoming, string uploadedBy, CancellationToken cancellationToken)
    {
        if (store.Database.IsNpgsql())
        {
            return await AddLockedAsync(productName, productKind, revision, incoming, uploadedBy, cancellationToken);
        }

        await SqliteWriter.WaitAsync(cancellationToken);
        try
        {
            return await AddLockedAsync(productName, productKind, revision, incoming, uploadedBy, cancellationToken);
        }
        finally
        {
            SqliteWriter.Release();
        }
    }

    private async Task<Scan> AddLockedAsync(string productName, string productKind, string? revision, IncomingScan incoming, string uploadedBy, CancellationToken cancellationToken)
    {
        var strategy = store.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            store.ChangeTracker.Clear();
            await using var transaction = await store.Database.BeginTransactionAsync(cancellationToken);
            if (store.Database.IsNpgsql())
            {
                // Uploads of one product take turns across every server process (the lock ends with the transaction);
                // uploads of different products run side by side.
                await store.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext({0}))", [productName], cancellationToken);
            }

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
            var known = await store.Findings.AsNoTracking()
                .Where(f => f.ProductId == product.Id && scanners.Contains(f.Scanner))
                .Select(f => new { f.Id, f.Fingerprint, f.State })
                .ToDictionaryAsync(f => f.Fingerprint, StringComparer.Ordinal, cancellationToken);
            var fresh = new List<IncomingFinding>();
            var seen = new List<(long Id, IncomingFinding Finding)>();
            var reopened = new List<long>();
            foreach (var finding in incoming.Findings)
            {
                if (known.TryGetValue(finding.Fingerprint, out var row))
                {
                    seen.Add((row.Id, finding));
                    if (row.State == FindingState.Fixed)
                    {
                        reopened.Add(row.Id);
                    }
                }
                else
                {
                    fresh.Add(finding);
                }
            }

            var bulk = new BulkRows(store);
            var actor = $"scan #{scan.Id}";
            var seenIds = seen.Select(s => s.Id).ToHashSet();
            var gone = known.Values.Where(f => Fixable.Contains(f.State) && !seenIds.Contains(f.Id)).Select(f => (f.Id, f.State)).ToList();
            scan.FixedCount = await FixGoneAsync(bulk, gone, actor, now, cancellationToken);
            await UpdateSeenAsync(bulk, seen, scan.Id, now, cancellationToken);
            await ReopenAsync(bulk, reopened, actor, now, cancellationToken);
            await bulk.InsertAsync("findings", FindingColumns, fresh.Select(f => Row(bulk, f, product.Id, scan.Id, now)), cancellationToken);
            scan.NewCount = fresh.Count;
            scan.ReopenedCount = reopened.Count;
            await store.SaveChangesAsync(cancellationToken);
            var suppressed = await Changes.Suppressions.ApplyToScanAsync(store, productName, product.Id, scan.Id, now, cancellationToken);
            if (await ledger.RecordAsync(uploadedBy, "scan.imported", $"{productName}/scan/{scan.Id}", "upload",
                new { tool = scan.Tool, scope = scan.Scope, findings = scan.FindingCount, @new = scan.NewCount, @fixed = scan.FixedCount, reopened = scan.ReopenedCount, suppressed }, cancellationToken) is { } refused)
            {
                throw new NotRecordedException(refused);
            }

            await transaction.CommitAsync(cancellationToken);
            return scan;
        });
    }

    // Findings of the scanners that ran, not seen this time and not judged by a person: fixed, each with a history row.
    private async Task<int> FixGoneAsync(BulkRows bulk, List<(long Id, FindingState State)> gone, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (gone.Count == 0)
        {
            return 0;
        }

        var at = bulk.Value<FindingChange>(nameof(FindingChange.At), now);
        await bulk.InsertAsync("finding_changes", ChangeColumns,
            gone.Select(f => new object?[] { f.Id, at, actor, (int)f.State, (int)FindingState.Fixed, "no longer seen" }), cancellationToken);
        if (store.Database.IsNpgsql())
        {
            return await store.Database.ExecuteSqlRawAsync(
                $"UPDATE \"findings\" SET \"State\" = {(int)FindingState.Fixed}, \"FixedAt\" = @now WHERE \"Id\" = ANY(@ids)",
                [new NpgsqlParameter("now", now), new NpgsqlParameter("ids", gone.Select(f => f.Id).ToArray())],
                cancellationToken);
        }

        var fixedAt = bulk.Value<Finding>(nameof(Finding.FixedAt), now);
        return await bulk.ForEachAsync(
            $"UPDATE \"findings\" SET \"State\" = {(int)FindingState.Fixed}, \"FixedAt\" = $p1 WHERE \"Id\" = $p0", 2,
            gone.Select(f => new object?[] { f.Id, fixedAt }), cancellationToken);
    }

    private async Task UpdateSeenAsync(BulkRows bulk, List<(long Id, IncomingFinding Finding)> seen, long scanId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (store.Database.IsNpgsql())
        {
            // One statement over arrays: a round trip per finding would cost more than the update itself.
            await store.Database.ExecuteSqlRawAsync(
                "UPDATE \"findings\" AS f SET \"LastScanId\" = @scan, \"LastSeen\" = @now, \"Severity\" = u.severity, \"Title\" = u.title, \"Message\" = u.message, \"Path\" = u.path, \"Line\" = u.line, \"Evidence\" = u.evidence " +
                "FROM unnest(@ids, @severities, @titles, @messages, @paths, @lines, @evidence) AS u(id, severity, title, message, path, line, evidence) WHERE f.\"Id\" = u.id",
                [
                    new NpgsqlParameter("scan", scanId), new NpgsqlParameter("now", now),
                    new NpgsqlParameter("ids", seen.Select(s => s.Id).ToArray()),
                    new NpgsqlParameter("severities", seen.Select(s => s.Finding.Severity).ToArray()),
                    new NpgsqlParameter("titles", seen.Select(s => s.Finding.Title).ToArray()),
                    new NpgsqlParameter("messages", seen.Select(s => s.Finding.Message).ToArray()),
                    new NpgsqlParameter("paths", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text) { Value = seen.Select(s => s.Finding.Path).ToArray() },
                    new NpgsqlParameter("lines", seen.Select(s => s.Finding.Line).ToArray()),
                    new NpgsqlParameter("evidence", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text) { Value = seen.Select(s => s.Finding.Evidence).ToArray() },
                ],
                cancellationToken);
            return;
        }

        var lastSeen = bulk.Value<Finding>(nameof(Finding.LastSeen), now);
        await bulk.ForEachAsync(
            "UPDATE \"findings\" SET \"LastScanId\" = $p1, \"LastSeen\" = $p2, \"Severity\" = $p3, \"Title\" = $p4, \"Message\" = $p5, \"Path\" = $p6, \"Line\" = $p7, \"Evidence\" = $p8 WHERE \"Id\" = $p0",
            9,
            seen.Select(s => new object?[] { s.Id, scanId, lastSeen, s.Finding.Severity, s.Finding.Title, s.Finding.Message, s.Finding.Path, s.Finding.Line, s.Finding.Evidence }),
            cancellationToken);
    }

    private async Task ReopenAsync(BulkRows bulk, List<long> reopened, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (reopened.Count == 0)
        {
            return;
        }

        var at = bulk.Value<FindingChange>(nameof(FindingChange.At), now);
        await bulk.InsertAsync("finding_changes", ChangeColumns,
            reopened.Select(id => new object?[] { id, at, actor, (int)FindingState.Fixed, (int)FindingState.Reopened, "seen again" }), cancellationToken);
        await bulk.ForEachAsync(
            $"UPDATE \"findings\" SET \"State\" = {(int)FindingState.Reopened}, \"FixedAt\" = NULL WHERE \"Id\" = $p0", 1,
            reopened.Select(id => new object?[] { id }), cancellationToken);
    }

    private static object?[] Row(BulkRows bulk, IncomingFinding f, long productId, long scanId, DateTimeOffset now)
    {
        var seen = bulk.Value<Finding>(nameof(Finding.FirstSeen), now);
        return [productId, f.Fingerprint, f.Scanner, f.RuleId, f.Severity, f.Title, f.Message, f.Path, f.Line, f.Evidence, (int)FindingState.Open, scanId, scanId, seen, seen];
    }

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
