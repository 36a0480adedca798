namespace Bulwark.Server.Trackers;

/// <summary>The client of each configured tracker, by name, over one shared HTTP client with a timeout.</summary>
internal sealed class TrackerClients : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http;
    private readonly Dictionary<string, (TrackerSettings Settings, ITrackerClient Client)> _clients;

    public TrackerClients(TrackerConfig config)
    {
        // Redirects are not followed: a tracker that redirects would receive the credentials at another address.
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false }) { Timeout = Timeout };
        _clients = config.Trackers.ToDictionary(t => t.Name, t => (t, t.Kind switch
        {
            TrackerKind.Jira => (ITrackerClient)new JiraClient(_http, t),
            TrackerKind.GitHub => new GitHubClient(_http, t),
            _ => new WebhookClient(_http, t),
        }), StringComparer.Ordinal);
    }

    public ITrackerClient For(string tracker) => _clients[tracker].Client;

    /// <summary><paramref name="text"/> without the tracker's secret.</summary>
    public string Redact(string tracker, string text) => _clients.TryGetValue(tracker, out var c) ? c.Settings.Secret.Redact(text, c.Settings.User) : text;

    public void Dispose() => _http.Dispose();
}
