using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bulwark.Server.Tests.Trackers;

/// <summary>
/// JIRA, GitHub and a webhook receiver on one loopback port, each as much of its public REST API as Bulwark uses, as
/// their documentation describes it: JIRA under <c>/jira</c> (issue, transitions, remotelink, search; v2 takes a
/// plain-text description, v3 only an Atlassian document), GitHub under <c>/github</c> (issues: create, list by
/// label, update), and the webhook at <c>/hook</c>, which refuses a body whose signature is not the secret's. Every
/// request is recorded; <see cref="Down"/> makes all of them answer 503.
/// </summary>
internal sealed partial class FakeTrackers : IAsyncDisposable
{
    public const string JiraUser = "bot@example.org";
    public const string Project = "SEC";
    public const string DefaultToken = "jira-token-Zq8x3";
    public const string DefaultSecret = "hook-secret-Wy51";

    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, JiraIssue> _jira = [];
    private readonly Dictionary<int, GitHubIssue> _github = [];

    private FakeTrackers(WebApplication app, int port, string token, string secret)
    {
        _app = app;
        Port = port;
        Token = token;
        Secret = secret;
    }

    public int Port { get; }

    public string Token { get; }

    public string Secret { get; }

    /// <summary>While true, every request gets 503 (the tracker is down for maintenance).</summary>
    public bool Down { get; set; }

    /// <summary>When set, creating an issue gets this status (a permanent refusal, such as 400 for an unknown field).</summary>
    public int? RefuseCreate { get; set; }

    /// <summary>While true, an issue is made but the answer is 502 (a proxy lost it): the sender cannot know it was made.</summary>
    public bool LoseCreateAnswer { get; set; }

    /// <summary>While true, the 503 answer repeats the credentials it was sent (as a badly written proxy might).</summary>
    public bool EchoCredentials { get; set; }

    public List<Request> Requests { get; } = [];

    /// <summary>Where a fake is and the secrets it expects, whether it runs yet or not.</summary>
    internal sealed record Endpoint(string Base, string Token, string Secret);

    public static implicit operator Endpoint(FakeTrackers fake) => new(fake.Base, fake.Token, fake.Secret);

    /// <summary>The endpoint a fake started on <paramref name="port"/> with the default secrets will have.</summary>
    public static Endpoint At(int port) => new($"http://127.0.0.1:{port}", DefaultToken, DefaultSecret);

    public List<Request> Webhooks { get; } = [];

    public string Base => $"http://127.0.0.1:{Port}";

    internal sealed record Request(string Method, string Path, string? Authorization, string? Accept, string Body, IReadOnlyDictionary<string, string> Headers);

    internal sealed class JiraIssue(string key, JsonObject fields)
    {
        public string Key { get; } = key;

        public JsonObject Fields { get; } = fields;

        public string Status { get; set; } = "To Do";

        public List<JsonObject> RemoteLinks { get; } = [];
    }

    internal sealed class GitHubIssue(int number, JsonObject body)
    {
        public int Number { get; } = number;

        public JsonObject Body { get; } = body;

        public string State { get; set; } = "open";

        public string? StateReason { get; set; }
    }

    /// <summary>Starts on <paramref name="port"/> (0 for any free one).</summary>
    public static async Task<FakeTrackers> StartAsync(int port = 0, string token = DefaultToken, string secret = DefaultSecret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeTrackers? fake = null;
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            request.EnableBuffering();
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            request.Body.Position = 0;
            var recorded = new Request(request.Method, request.Path + request.QueryString, request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null,
                request.Headers.Accept.ToString(), body, request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase));
            lock (fake!._lock)
            {
                fake.Requests.Add(recorded);
            }

            // The handlers take their own request from here: with two servers sending at once, "the last one" is not it.
            context.Items[typeof(Request)] = recorded;

            if (fake.Down)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                await context.Response.WriteAsync(fake.EchoCredentials ? $"down for maintenance (you sent {recorded.Authorization})" : "down for maintenance");
                return;
            }

            await next(context);
        });
        app.MapPost("/jira/rest/api/{version:int}/issue", (HttpContext c, int version) => fake!.JiraCreate(c, version));
        app.MapGet("/jira/rest/api/{version:int}/issue/{key}/transitions", (HttpContext c, int version, string key) => fake!.JiraTransitions(c, version, key));
        app.MapPost("/jira/rest/api/{version:int}/issue/{key}/transitions", (HttpContext c, int version, string key) => fake!.JiraTransition(c, version, key));
        app.MapPost("/jira/rest/api/{version:int}/issue/{key}/remotelink", (HttpContext c, int version, string key) => fake!.JiraRemoteLink(c, version, key));
        app.MapPost("/jira/rest/api/2/search", (HttpRequest r) => fake!.JiraSearch(r.HttpContext, 2));
        app.MapPost("/jira/rest/api/3/search/jql", (HttpRequest r) => fake!.JiraSearch(r.HttpContext, 3));
        app.MapPost("/github/repos/{owner}/{repo}/issues", (HttpRequest r) => fake!.GitHubCreate(r.HttpContext));
        app.MapGet("/github/repos/{owner}/{repo}/issues", (HttpRequest r) => fake!.GitHubList(r.HttpContext));
        app.MapMethods("/github/repos/{owner}/{repo}/issues/{number:int}", ["PATCH"], (HttpContext c, int number) => fake!.GitHubUpdate(c, number));
        app.MapPost("/hook", (HttpRequest r) => fake!.Hook(r.HttpContext));
        await app.StartAsync();
        var address = new Uri(app.Urls.First());
        fake = new FakeTrackers(app, address.Port, token, secret);
        return fake;
    }

    /// <summary>A loopback port nothing listens on (yet).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public JiraIssue Jira(string key)
    {
        lock (_lock)
        {
            return _jira[key];
        }
    }

    public IReadOnlyList<JiraIssue> JiraIssues
    {
        get
        {
            lock (_lock)
            {
                return [.. _jira.Values];
            }
        }
    }

    public IReadOnlyList<GitHubIssue> GitHubIssues
    {
        get
        {
            lock (_lock)
            {
                return [.. _github.Values];
            }
        }
    }

    /// <summary>Someone moves the issue in JIRA.</summary>
    public void SetJiraStatus(string key, string status)
    {
        lock (_lock)
        {
            _jira[key].Status = status;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // v3 (Cloud) signs in with e-mail and API token; the tests configure v2 as Data Center with a personal access token.
    private bool JiraSignedIn(HttpContext c, int version) => c.Request.Headers.Authorization.ToString() == (version == 3
        ? "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{JiraUser}:{Token}"))
        : $"Bearer {Token}");

    private async Task<IResult> JiraCreate(HttpContext c, int version)
    {
        if (!JiraSignedIn(c, version))
        {
            return Results.Json(new { errorMessages = new[] { "You are not authenticated." } }, statusCode: 401);
        }

        if (RefuseCreate is { } status)
        {
            return Results.Json(new { errorMessages = Array.Empty<string>(), errors = new { priority = "Specify a valid priority" } }, statusCode: status);
        }

        var fields = (await JsonNode.ParseAsync(c.Request.Body))!["fields"]!.AsObject();
        var description = fields["description"];
        // v2 takes wiki text, v3 an Atlassian document: each refuses the other's.
        var valid = version == 2 ? description?.GetValueKind() == JsonValueKind.String : description?["type"]?.GetValue<string>() == "doc" && description["version"]?.GetValue<int>() == 1;
        if (!valid || fields["project"]?["key"]?.GetValue<string>() != Project || fields["summary"] is null)
        {
            return Results.Json(new { errorMessages = Array.Empty<string>(), errors = new { description = "Operation value must be " + (version == 2 ? "a string" : "an Atlassian Document") } }, statusCode: 400);
        }

        lock (_lock)
        {
            var key = $"{Project}-{_jira.Count + 1}";
            _jira[key] = new JiraIssue(key, fields.DeepClone().AsObject());
            if (LoseCreateAnswer)
            {
                return Results.Text("Bad Gateway", statusCode: 502);
            }

            return Results.Json(new { id = (10000 + _jira.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), key, self = $"{Base}/jira/rest/api/{version}/issue/{key}" }, statusCode: 201);
        }
    }

    private static readonly (string Id, string Name, string To)[] Workflow = [("11", "Start Progress", "In Progress"), ("31", "Done", "Done"), ("41", "Won't Do", "Won't Do"), ("51", "Reopen", "To Do")];

    private IResult JiraTransitions(HttpContext c, int version, string key)
    {
        lock (_lock)
        {
            if (!JiraSignedIn(c, version) || !_jira.TryGetValue(key, out var issue))
            {
                return Results.Json(new { errorMessages = new[] { "Issue does not exist or you do not have permission to see it." } }, statusCode: 404);
            }

            return Results.Json(new { transitions = Workflow.Where(t => t.To != issue.Status).Select(t => new { id = t.Id, name = t.Name, to = new { name = t.To } }) });
        }
    }

    private async Task<IResult> JiraTransition(HttpContext c, int version, string key)
    {
        var id = (await JsonNode.ParseAsync(c.Request.Body))!["transition"]?["id"]?.GetValue<string>();
        lock (_lock)
        {
            if (!JiraSignedIn(c, version) || !_jira.TryGetValue(key, out var issue))
            {
                return Results.StatusCode(404);
            }

            if (Workflow.FirstOrDefault(t => t.Id == id && t.To != issue.Status) is not { Id: not null } transition)
            {
                return Results.Json(new { errorMessages = new[] { "It seems that you have tried to perform a workflow operation that is not valid." } }, statusCode: 400);
            }

            issue.Status = transition.To;
            return Results.NoContent();
        }
    }

    private async Task<IResult> JiraRemoteLink(HttpContext c, int version, string key)
    {
        var link = (await JsonNode.ParseAsync(c.Request.Body))!.AsObject();
        lock (_lock)
        {
            if (!JiraSignedIn(c, version) || !_jira.TryGetValue(key, out var issue))
            {
                return Results.StatusCode(404);
            }

            // A link with the same global id is updated, not added again.
            issue.RemoteLinks.RemoveAll(l => l["globalId"]?.GetValue<string>() == link["globalId"]?.GetValue<string>());
            issue.RemoteLinks.Add(link);
            return Results.Json(new { id = issue.RemoteLinks.Count, self = $"{Base}/jira/rest/api/{version}/issue/{key}/remotelink/{issue.RemoteLinks.Count}" }, statusCode: 201);
        }
    }

    private async Task<IResult> JiraSearch(HttpContext c, int version)
    {
        var jql = (await JsonNode.ParseAsync(c.Request.Body))!["jql"]!.GetValue<string>();
        lock (_lock)
        {
            if (!JiraSignedIn(c, version))
            {
                return Results.StatusCode(401);
            }

            IEnumerable<JiraIssue> found;
            if (KeyIn().Match(jql) is { Success: true } keys)
            {
                var wanted = keys.Groups[1].Value.Split(',').Select(k => k.Trim()).ToHashSet();
                found = _jira.Values.Where(i => wanted.Contains(i.Key));
            }
            else if (LabelIs().Match(jql) is { Success: true } label)
            {
                found = _jira.Values.Where(i => i.Fields["labels"]!.AsArray().Any(l => l!.GetValue<string>() == label.Groups[1].Value));
            }
            else
            {
                return Results.Json(new { errorMessages = new[] { $"Error in the JQL Query: {jql}" } }, statusCode: 400);
            }

            return Results.Json(new { issues = found.Select(i => new { key = i.Key, fields = new { status = new { name = i.Status } } }) });
        }
    }

    private bool GitHubSignedIn(HttpContext c) =>
        c.Request.Headers.Authorization.ToString() == $"Bearer {Token}" && c.Request.Headers.Accept.ToString().Contains("application/vnd.github+json", StringComparison.Ordinal);

    private async Task<IResult> GitHubCreate(HttpContext c)
    {
        if (!GitHubSignedIn(c))
        {
            return Results.Json(new { message = "Bad credentials" }, statusCode: 401);
        }

        var body = (await JsonNode.ParseAsync(c.Request.Body))!.AsObject();
        if (body["title"] is null)
        {
            return Results.Json(new { message = "Validation Failed" }, statusCode: 422);
        }

        lock (_lock)
        {
            var number = _github.Count + 1;
            _github[number] = new GitHubIssue(number, body);
            return Results.Json(GitHubView(_github[number], c), statusCode: 201);
        }
    }

    private IResult GitHubList(HttpContext c)
    {
        var label = c.Request.Query["labels"].ToString();
        lock (_lock)
        {
            return GitHubSignedIn(c)
                ? Results.Json(_github.Values.Where(i => i.Body["labels"]!.AsArray().Any(l => l!.GetValue<string>() == label)).Select(i => GitHubView(i, c)))
                : Results.StatusCode(401);
        }
    }

    private async Task<IResult> GitHubUpdate(HttpContext c, int number)
    {
        var change = (await JsonNode.ParseAsync(c.Request.Body))!.AsObject();
        lock (_lock)
        {
            if (!GitHubSignedIn(c) || !_github.TryGetValue(number, out var issue))
            {
                return Results.StatusCode(404);
            }

            issue.State = change["state"]!.GetValue<string>();
            issue.StateReason = change["state_reason"]?.GetValue<string>();
            return Results.Json(GitHubView(issue, c));
        }
    }

    private object GitHubView(GitHubIssue issue, HttpContext c) => new
    {
        number = issue.Number,
        html_url = $"https://github.example/{c.Request.RouteValues["owner"]}/{c.Request.RouteValues["repo"]}/issues/{issue.Number}",
        state = issue.State,
        state_reason = issue.StateReason,
        labels = issue.Body["labels"]!.AsArray().Select(l => new { name = l!.GetValue<string>() }),
    };

    // The receiver's side of the signature recipe in docs/server.md: HMAC-SHA256 of the raw body, compared in constant time.
    private async Task<IResult> Hook(HttpContext c)
    {
        using var buffer = new MemoryStream();
        await c.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var expected = Encoding.ASCII.GetBytes("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), body)));
        var given = Encoding.ASCII.GetBytes(c.Request.Headers["X-Bulwark-Signature"].ToString());
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return Results.StatusCode(401);
        }

        lock (_lock)
        {
            Webhooks.Add((Request)c.Items[typeof(Request)]!);
        }

        return Results.NoContent();
    }

    [GeneratedRegex(@"^key in \(([^)]*)\)$")]
    private static partial Regex KeyIn();

    [GeneratedRegex(@"labels = ""([^""]+)""")]
    private static partial Regex LabelIs();
}
