using Bulwark.Server.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bulwark.Server.Health;

/// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: and its database does, so a load balancer can route to it.</summary>
internal static class HealthEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok\n"));
        app.MapGet("/readyz", async (StoreContext store, CancellationToken cancellationToken) =>
            await store.Database.CanConnectAsync(cancellationToken)
                ? Results.Text("ready\n")
                : Results.Problem(detail: "the database does not answer", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready"));
    }
}
