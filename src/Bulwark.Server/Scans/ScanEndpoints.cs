using Bulwark.Server.Products;
using Bulwark.Server.Auth;
using Bulwark.Server.Health;
using Bulwark.Server.Hosting;
using Bulwark.Server.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Scans;

/// <summary><c>POST /api/v1/scans?product=NAME</c> takes a report; <c>GET /api/v1/scans?product=NAME</c> lists a product's scans.</summary>
internal static class ScanEndpoints
{
    private static readonly string[] Kinds = ["repository", "host", "image", "other"];

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/scans", UploadAsync).RequireAuthorization(ServerAuthentication.Api(Permission.Upload))
            .WithSummary("Import a scan: a Bulwark JSON report or SARIF 2.1.0 in the body, deduplicated against the product's findings")
            .Accepts<object>("application/json").ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/scans", ListAsync).RequireAuthorization(ServerAuthentication.Api(Permission.Read)).WithSummary("The latest 100 scans, of one product or all");
    }

    private static async Task<IResult> UploadAsync(HttpContext context, ScanIngest ingest, ServerMetrics metrics, string? product, string? kind, string? revision, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(product))
        {
            return Problems.BadRequest("name the product the scan is of: ?product=NAME");
        }

        if (kind is not null && !Kinds.Contains(kind))
        {
            return Problems.BadRequest($"kind must be one of {string.Join(", ", Kinds)}");
        }

        if (!Grants.From(context.User).Has(Permission.Upload, product.Trim()))
        {
            return Problems.Forbidden($"your roles do not allow uploading scans of {product.Trim()}");
        }

        IncomingScan incoming;
        try
        {
            incoming = await ReportReader.ReadAsync(context.Request.Body, cancellationToken);
        }
        catch (UploadProblem problem)
        {
            metrics.Refused();
            return Problems.BadRequest(problem.Message);
        }

        Store.Model.Scan scan;
        try
        {
            scan = await ingest.AddAsync(product.Trim(), kind ?? "repository", revision, incoming, context.User.Identity!.Name!, cancellationToken);
        }
        catch (Audit.NotRecordedException refused)
        {
            return Problems.NotRecorded(refused.Message);
        }

        metrics.Imported(scan.FindingCount);
        return Results.Created($"/api/v1/scans/{scan.Id}", new
        {
            id = scan.Id,
            product = product.Trim(),
            findings = scan.FindingCount,
            @new = scan.NewCount,
            @fixed = scan.FixedCount,
            reopened = scan.ReopenedCount,
        });
    }

    private static async Task<IResult> ListAsync(HttpContext context, StoreContext store, string? product, CancellationToken cancellationToken)
    {
        var readable = await ProductAccess.IdsAsync(store, Grants.From(context.User), Permission.Read, cancellationToken);
        var scans = store.Scans.AsNoTracking().Within(readable);
        if (product is not null)
        {
            var id = await ProductIds.FindAsync(store, product, cancellationToken);
            if (id is null || !ProductAccess.Allows(readable, id.Value))
            {
                return Problems.NotFound($"no product named {product}");
            }

            scans = scans.Where(s => s.ProductId == id);
        }

        var list = await scans.OrderByDescending(s => s.Id).Take(100).ToListAsync(cancellationToken);
        return Results.Ok(list.Select(s => new { s.Id, s.ProductId, s.Tool, s.Scope, s.Target, s.Revision, s.StartedAt, s.ReceivedAt, s.FindingCount, s.NewCount, s.FixedCount, s.ReopenedCount, s.UploadedBy }));
    }
}
