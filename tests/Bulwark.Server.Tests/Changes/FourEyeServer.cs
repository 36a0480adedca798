using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bulwark.Server.Changes;

namespace Bulwark.Server.Tests.Changes;

/// <summary>
/// A real server with a ledger, a clock the test moves and the four-eye rules it is given, and people: each token made
/// here belongs to a directory person with roles, as a token a person makes for themselves does. Two tokens of the
/// same name are two tokens of one person.
/// </summary>
internal sealed class FourEyeServer : IAsyncDisposable
{
    private readonly ServerHost _host;
    private readonly List<HttpClient> _clients = [];
    private int _tokens;

    private readonly string? _database;

    private FourEyeServer(ServerHost host, string directory, string? database, ManualClock clock, string ledger)
    {
        _database = database;
        _host = host;
        Directory = directory;
        Clock = clock;
        LedgerPath = ledger;
        Address = new Uri(host.Addresses[0]);
    }

    public Uri Address { get; }

    public string Directory { get; }

    public ManualClock Clock { get; }

    public string LedgerPath { get; }

    /// <param name="rules">The four-eye rules; null for the defaults.</param>
    /// <param name="database">A PostgreSQL connection string, or null for SQLite.</param>
    public static async Task<FourEyeServer> StartAsync(FourEyeRules? rules = null, string? database = null)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("bulwark-four-eye-").FullName;
        var ledger = Path.Combine(directory, "audit.ledger");
        Bulwark.Ledger.Ledger.Create(ledger, "bulwark.test/four-eye").Value!.Dispose();
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var options = new ServerOptions("http://127.0.0.1:0", Path.Combine(directory, "data"), database, ledger, null, FourEye: rules);
        var host = await ServerHost.StartAsync(options, new StringWriter(), clock, CancellationToken.None);
        return new FourEyeServer(host, directory, database, clock, ledger);
    }

    /// <summary>A new token of the directory person <paramref name="name"/>, carrying <paramref name="roles"/> (<c>approver</c>, <c>developer@shop</c>).</summary>
    public async Task<string> TokenAsync(string name, params string[] roles)
    {
        await using var store = new Store.StoreContext(Store.StoreOptions.For(_database, Path.Combine(Directory, "data")));
        return await PersonTokens.AddAsync(store, name, $"{name}-{Interlocked.Increment(ref _tokens)}", Clock.Now, roles);
    }

    /// <summary>An API client with a new token of <paramref name="name"/>.</summary>
    public async Task<HttpClient> PersonAsync(string name, params string[] roles) => Client(await TokenAsync(name, roles));

    public HttpClient Client(string token)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _clients.Add(client);
        return client;
    }

    public static async Task<JsonElement> PostAsync(HttpClient client, string path, object body, HttpStatusCode expected)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        return await RunningServer.ReadAsync(response, expected);
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return await RunningServer.ReadAsync(response, HttpStatusCode.OK);
    }

    public static async Task UploadAsync(HttpClient client, string product, string report)
    {
        using var response = await client.PostAsync($"/api/v1/scans?product={Uri.EscapeDataString(product)}", new StringContent(report, Encoding.UTF8, "application/json"));
        await RunningServer.ReadAsync(response, HttpStatusCode.Created);
    }

    /// <summary>The id of the finding of <paramref name="product"/> with <paramref name="fingerprint"/>.</summary>
    public static async Task<long> FindingAsync(HttpClient client, string product, string fingerprint) =>
        (await GetAsync(client, $"/api/v1/findings?product={Uri.EscapeDataString(product)}&pageSize=500")).GetProperty("items").EnumerateArray()
            .Single(f => f.GetProperty("fingerprint").GetString() == fingerprint).GetProperty("id").GetInt64();

    /// <summary>Every ledger entry so far.</summary>
    public IReadOnlyList<Bulwark.Ledger.Events.LedgerEvent> Ledger()
    {
        using var ledger = Bulwark.Ledger.Ledger.Open(LedgerPath, writable: false).Value!;
        return [.. ledger.ReadEntries().Select(e => e.Event)];
    }

    /// <summary>The ledger entries about change request <paramref name="id"/>, as <c>action: reason</c>.</summary>
    public IReadOnlyList<string> LedgerOf(long id) =>
        [.. Ledger().Where(e => e.Subject == $"change/{id}").Select(e => $"{e.Action}: {e.Reason}")];

    public async ValueTask DisposeAsync()
    {
        _clients.ForEach(c => c.Dispose());
        await _host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
