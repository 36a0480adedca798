using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bulwark.Server.Tests;

/// <summary>A real <c>bulwark server</c> on a free loopback port, with its own SQLite data directory, and a client holding its bootstrap token.</summary>
internal sealed partial class RunningServer : IAsyncDisposable
{
    private readonly ServerHost _host;
    private readonly bool _ownsDirectory;
    private readonly string? _database;

    private RunningServer(ServerHost host, string dataDirectory, string? database, bool ownsDirectory, string output, string? token)
    {
        _host = host;
        _ownsDirectory = ownsDirectory;
        _database = database;
        DataDirectory = dataDirectory;
        Output = output;
        Token = token;
        Client = new HttpClient { BaseAddress = new Uri(host.Addresses[0]) };
        if (token is not null)
        {
            Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    public HttpClient Client { get; }

    /// <summary>One round of the trackers' work (sweep, send, pull) now, instead of waiting for the background loop.</summary>
    public Task RunTrackersAsync() =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<global::Bulwark.Server.Trackers.TrackerWorker>(_host.Services).RunOnceAsync(CancellationToken.None);

    public string DataDirectory { get; }

    /// <summary>What the server printed at start.</summary>
    public string Output { get; }

    /// <summary>The bootstrap token it printed; null when it printed none (the database had one).</summary>
    public string? Token { get; }

    /// <param name="dataDirectory">Null for a new temporary one, deleted at the end unless <paramref name="keep"/>.</param>
    /// <param name="signInDirectory">The directory people sign in to the UI with, or null for tokens only.</param>
    public static async Task<RunningServer> StartAsync(
        string? dataDirectory = null, string? database = null, bool keep = false, TimeProvider? clock = null, string? ledger = null, global::Bulwark.Server.Directories.DirectoryConfig? signInDirectory = null,
        global::Bulwark.Server.Trackers.TrackerConfig? trackers = null, Microsoft.Extensions.Logging.ILoggerProvider? logs = null)
    {
        var directory = dataDirectory ?? Directory.CreateTempSubdirectory("bulwark-server-").FullName;
        var output = new StringWriter();
        var host = await ServerHost.StartAsync(new ServerOptions("http://127.0.0.1:0", directory, database, ledger, signInDirectory, trackers), output, clock ?? TimeProvider.System, CancellationToken.None, logs);
        var text = output.ToString();
        return new RunningServer(host, directory, database, dataDirectory is null && keep is false, text, TokenPattern().Match(text) is { Success: true } m ? m.Value : null);
    }

    /// <summary>The server's database, for what the API cannot do yet (tokens come with issue 10) and for looking underneath it.</summary>
    public Store.StoreContext OpenStore() => new(Store.StoreOptions.For(_database, DataDirectory));

    /// <summary>A client of its API with <paramref name="token"/>.</summary>
    public HttpClient ClientFor(string token)
    {
        var client = new HttpClient { BaseAddress = Client.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Every route the server serves, as method and pattern.</summary>
    public IReadOnlyList<(string Method, string Pattern)> Endpoints => _host.Endpoints;

    /// <summary>
    /// A new API token of <paramref name="scope"/> (read, upload, admin), stored as the server stores them; with
    /// <paramref name="roles"/> (newline-separated, <c>developer@shop</c> for one product) and an owner, as a person's token.
    /// </summary>
    public async Task<string> AddTokenAsync(string name, string scope, string? roles = null, string? owner = null, DateTimeOffset? expiresAt = null)
    {
        var token = Auth.ApiTokens.New();
        await using var store = OpenStore();
        store.ApiTokens.Add(new Store.Model.ApiToken
        {
            Name = name, Hash = Auth.ApiTokens.Hash(token), Scope = scope, CreatedAt = DateTimeOffset.UtcNow, Roles = roles,
            OwnerPerson = owner, OwnerName = owner is null ? null : name, ExpiresAt = expiresAt,
        });
        await store.SaveChangesAsync();
        return token;
    }

    public async Task<JsonElement> UploadAsync(string product, string report, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await Client.PostAsync($"/api/v1/scans?product={Uri.EscapeDataString(product)}", new StringContent(report, Encoding.UTF8, "application/json"));
        return await ReadAsync(response, expected);
    }

    public async Task<JsonElement> GetAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Client.GetAsync(path);
        return await ReadAsync(response, expected);
    }

    public async Task<JsonElement> PostJsonAsync(string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Client.PostAsJsonAsync(path, body);
        return await ReadAsync(response, expected);
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} instead of {(int)expected}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.DisposeAsync();
        if (_ownsDirectory)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    [GeneratedRegex("bwk_[A-Za-z0-9_-]{43}")]
    private static partial Regex TokenPattern();
}
