using Microsoft.AspNetCore.Http;
using Bulwark.Server.Tokens;
using Bulwark.Server.Audit;
using Bulwark.Server.Auth;
using Bulwark.Server.Changes;
using Bulwark.Server.Directories;
using Bulwark.Server.Findings;
using Bulwark.Server.Health;
using Bulwark.Server.Hosting;
using Bulwark.Server.Oidc;
using Bulwark.Server.Products;
using Bulwark.Server.Scans;
using Bulwark.Server.Store;
using Bulwark.Server.Store.Schema;
using Bulwark.Server.Trackers;
using Bulwark.Server.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bulwark.Server;

/// <summary>
/// <c>bulwark server</c>: the table of contents of the control plane. The store is brought to the current schema (and,
/// on an empty database, the bootstrap token made and printed once), then the features are mapped: health, scans,
/// findings, change requests (the four-eye rule), products, tracker deliveries and the web UI; with a trackers file, a background worker pushes findings into them. Everything lives in the database (the UI's sessions and cookie keys too), so
/// several processes can serve one PostgreSQL database.
/// </summary>
public sealed class ServerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ServerHost(WebApplication app, IReadOnlyList<string> addresses)
    {
        _app = app;
        Addresses = addresses;
    }

    /// <summary>The addresses it serves on (with the port chosen when 0 was asked for).</summary>
    public IReadOnlyList<string> Addresses { get; }

    /// <summary>Starts the server; <paramref name="output"/> gets the one-time bootstrap token and where it listens.</summary>
    public static Task<ServerHost> StartAsync(ServerOptions options, TextWriter output, CancellationToken cancellationToken) =>
        StartAsync(options, output, TimeProvider.System, cancellationToken);

    /// <summary>As <see cref="StartAsync(ServerOptions, TextWriter, CancellationToken)"/>, on <paramref name="clock"/> (tests move time).</summary>
    internal static async Task<ServerHost> StartAsync(ServerOptions options, TextWriter output, TimeProvider clock, CancellationToken cancellationToken, ILoggerProvider? logs = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        // The ledger names how each actor signed in, from the request it records.
        var requests = new HttpContextAccessor();
        var ledger = new ServerLedger(options.Ledger, requests);
        if (ledger.Check() is { } unusable)
        {
            throw new InvalidOperationException($"--ledger: {unusable}");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "bulwark-server" });
        builder.WebHost.UseUrls(options.Listen);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 512L * 1024 * 1024);
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o => o.IncludeScopes = false);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }
        // Pooled: a request reuses a context instead of configuring a new one.
        builder.Services.AddDbContextPool<StoreContext>(o => StoreOptions.Configure(o, options.Database, options.DataDirectory));
        builder.Services.AddSingleton<IHostLifetime, CallerLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<IHttpContextAccessor>(requests);
        builder.Services.AddSingleton(ledger);
        builder.Services.AddSingleton<ServerMetrics>();
        builder.Services.AddSingleton<TokenCache>();
        if (options.Directory is { } signIn)
        {
            builder.Services.AddSingleton(signIn);
            if (signIn.Directory is { } directory)
            {
                builder.Services.AddSingleton(s => new LdapDirectory(directory, s.GetRequiredService<ILogger<LdapDirectory>>()));
            }

            if (signIn.Oidc is { } oidc)
            {
                builder.Services.AddSingleton(s => new OidcProvider(oidc, clock, s.GetRequiredService<ILogger<OidcProvider>>()));
            }
        }

        builder.Services.AddScoped<ScanIngest>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Bulwark server API";
            document.Info.Description = "Findings from every scan, deduplicated, with their life cycle and SLA. Authenticate with 'Authorization: Bearer TOKEN'.";
            return Task.CompletedTask;
        }));
        builder.Services.AddScoped<FindingStateChanges>();
        builder.Services.AddScoped<TokenIssuer>();
        builder.Services.AddSingleton(options.FourEye ?? FourEyeRules.Default);
        builder.Services.AddScoped<ChangeRequests>();
        builder.Services.AddScoped<FindingJudgements>();
        ServerAuthentication.Add(builder.Services);
        TrackerServices.Add(builder.Services, options.Trackers);
        WebServices.Add(builder);

        var app = builder.Build();
        await PrepareStoreAsync(app, options, output, cancellationToken);

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        HealthEndpoints.Map(app);
        MetricsEndpoint.Map(app);
        app.MapOpenApi("/api/{documentName}/openapi.json");
        var api = app.MapGroup("/api/v1");
        ScanEndpoints.Map(api);
        FindingEndpoints.Map(api);
        SlaEndpoints.Map(api);
        ChangeEndpoints.Map(api);
        ProductEndpoints.Map(api);
        TokenEndpoints.Map(api);
        AuditEndpoints.Map(api);
        DeliveryEndpoints.Map(api);
        WebEndpoints.Map(app);

        await app.StartAsync(cancellationToken);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        await output.WriteLineAsync($"bulwark server: listening on {string.Join(", ", addresses)}, database {StoreOptions.Describe(options.Database, options.DataDirectory)}");
        return new ServerHost(app, addresses);
    }

    /// <summary>Every route it serves, as method and pattern (the role matrix test checks it has a row for each).</summary>
    internal IReadOnlyList<(string Method, string Pattern)> Endpoints =>
        [.. ((Microsoft.AspNetCore.Routing.IEndpointRouteBuilder)_app).DataSources.SelectMany(d => d.Endpoints).OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => (m, "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))))
            .Distinct().Order()];
    /// <summary>The running server's services (tests reach the tracker worker through them).</summary>
    internal IServiceProvider Services => _app.Services;

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled, then stops gracefully.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task PrepareStoreAsync(WebApplication app, ServerOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<StoreContext>();
        await SchemaMigrator.MigrateAsync(store, async () =>
        {
            // The first server on a new database makes the cookie key while it holds the start-up lock, so servers
            // starting beside it find that key instead of each making its own.
            app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("bulwark-server-start").Protect([1]);
            if (await BootstrapToken.EnsureAsync(store, cancellationToken) is { } token)
            {
                await output.WriteLineAsync($"bulwark server: bootstrap administrator token (shown once, stored only as a hash): {token}");
                await output.WriteLineAsync("bulwark server: keep it in a secret store; send it as 'Authorization: Bearer TOKEN' (docs/server.md)");
            }
        }, cancellationToken);
    }
}
