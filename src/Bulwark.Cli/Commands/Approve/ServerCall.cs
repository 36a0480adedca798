using System.CommandLine;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Bulwark.Cli.Commands.Approve;

/// <summary>
/// <c>--server URL --token TOKEN</c> and the calls <c>bulwark approve</c> makes with them. The token may come from
/// <c>BULWARK_TOKEN</c> instead (a flag shows in the process list); it is never printed, not even as a default in help.
/// </summary>
internal sealed class ServerCall
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    public Option<string?> Server { get; } = new("--server") { Description = "The bulwark server's URL (https://bulwark.example.org). [env: BULWARK_SERVER]", HelpName = "URL" };

    public Option<string?> Token { get; } = new("--token") { Description = "An API token of the person or pipeline asking. [env: BULWARK_TOKEN]", HelpName = "TOKEN" };

    /// <summary>A connection from the options (or the environment), or the usage error that stops it.</summary>
    public (Connection? Connection, string? Problem) Connect(ParseResult result)
    {
        var server = result.GetValue(Server) ?? Environment.GetEnvironmentVariable("BULWARK_SERVER");
        if (server is null || !Uri.TryCreate(server.EndsWith('/') ? server : server + "/", UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            return (null, $"--server: expected the server's URL (https://…), got '{server}'");
        }

        var token = result.GetValue(Token) ?? Environment.GetEnvironmentVariable("BULWARK_TOKEN");
        return string.IsNullOrEmpty(token) ? (null, "the server's API token is needed: --token TOKEN or BULWARK_TOKEN") : (new Connection(address, token), null);
    }

    /// <summary>What a call answered: the JSON body when it succeeded, else the HTTP status (0 when the server was not reached) and why.</summary>
    internal sealed record Answer(JsonElement? Body, int Status, string? Problem);

    internal sealed class Connection(Uri address, string token)
    {
        public Uri Address => address;

        public Task<Answer> GetAsync(string path, CancellationToken cancellationToken) => SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(address, path)), cancellationToken);

        public Task<Answer> PostAsync(string path, object body, CancellationToken cancellationToken) =>
            SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(address, path)) { Content = JsonContent.Create(body) }, cancellationToken);

        private async Task<Answer> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using var _ = request;
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            try
            {
                using var client = new HttpClient { Timeout = CallTimeout };
                using var response = await client.SendAsync(request, cancellationToken);
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    return new Answer(null, (int)response.StatusCode, $"{(int)response.StatusCode} {response.ReasonPhrase}{Detail(text)}");
                }

                return new Answer(JsonDocument.Parse(text).RootElement.Clone(), (int)response.StatusCode, null);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException && !cancellationToken.IsCancellationRequested)
            {
                return new Answer(null, 0, exception.Message);
            }
        }

        private static string Detail(string body)
        {
            try
            {
                using var problem = JsonDocument.Parse(body);
                return problem.RootElement.TryGetProperty("detail", out var detail) ? ": " + detail.GetString() : "";
            }
            catch (JsonException)
            {
                return "";
            }
        }
    }
}
