using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bulwark.Server;

namespace Bulwark.Cli.Tests;

/// <summary><c>--upload</c>: a scan sent to a real <c>bulwark server</c>, deduplicated there across runs.</summary>
public sealed partial class UploadCommandTests : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("bulwark-upload-").FullName;
    private ServerHost _server = null!;
    private string _token = null!;

    public async Task InitializeAsync()
    {
        var output = new StringWriter();
        _server = await ServerHost.StartAsync(new ServerOptions("http://127.0.0.1:0", _data, null), output, CancellationToken.None);
        _token = TokenPattern().Match(output.ToString()).Value;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task A_scan_uploads_its_findings_and_a_second_run_finds_them_known_and_one_fixed()
    {
        using var project = new TempProject()
            .Write("deploy.env", $"TOKEN={FakeSecrets.GitHubToken(1)}\n")
            .Write("keys.ini", $"id = {FakeSecrets.AwsKeyId(2)}\n");

        var first = CliRun.Of(project.Root, "scan", ".", "--upload", _server.Addresses[0], "--token", _token, "--product", "payments");
        File.Delete(project.Path("keys.ini"));
        var second = CliRun.Of(project.Root, "scan", ".", "--upload", _server.Addresses[0], "--token", _token, "--product", "payments");

        Assert.Equal(1, first.ExitCode);
        Assert.Matches(@"uploaded to http://127\.0\.0\.1:\d+/ as product payments: scan #1, 2 new, 0 fixed, 0 reopened", first.Error);
        Assert.Contains("scan #2, 0 new, 1 fixed, 0 reopened", second.Error);
        Assert.DoesNotContain(_token, first.Output + first.Error);
        using var client = new HttpClient { BaseAddress = new Uri(_server.Addresses[0]) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var findings = JsonDocument.Parse(await client.GetStringAsync("/api/v1/findings?product=payments&state=open"));
        Assert.Equal(["secrets/github-token"], findings.RootElement.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()));
    }

    [Fact]
    public async Task The_commit_of_a_scanned_repository_goes_with_the_upload()
    {
        using var project = new TempProject().Write("src/app.py", "print('hello')\n");
        LibGit2Sharp.Repository.Init(project.Root);
        string sha;
        using (var repository = new LibGit2Sharp.Repository(project.Root))
        {
            LibGit2Sharp.Commands.Stage(repository, "src/app.py");
            var someone = new LibGit2Sharp.Signature("Alice", "alice@example.test", DateTimeOffset.UtcNow);
            sha = repository.Commit("initial", someone, someone, new LibGit2Sharp.CommitOptions()).Sha;
        }

        var run = CliRun.Of(project.Root, "scan", ".", "--upload", _server.Addresses[0], "--token", _token, "--product", "app");

        Assert.Equal(0, run.ExitCode);
        using var client = new HttpClient { BaseAddress = new Uri(_server.Addresses[0]) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var scans = JsonDocument.Parse(await client.GetStringAsync("/api/v1/scans?product=app"));
        Assert.Equal(sha, scans.RootElement[0].GetProperty("revision").GetString());
    }

    [Fact]
    public void A_refused_upload_fails_the_step_with_the_servers_reason()
    {
        using var project = new TempProject().Write("src/app.py", "print('hello')\n");

        var wrongToken = CliRun.Of(project.Root, "scan", ".", "--upload", _server.Addresses[0], "--token", "bwk_" + new string('x', 43));
        var noToken = CliRun.Of(project.Root, "scan", ".", "--upload", _server.Addresses[0]);
        var nobody = CliRun.Of(project.Root, "scan", ".", "--upload", "http://127.0.0.1:9", "--token", _token);

        Assert.Equal(3, wrongToken.ExitCode);
        Assert.Contains("401", wrongToken.Error);
        Assert.Equal(3, noToken.ExitCode);
        Assert.Contains("needs the server's API token", noToken.Error);
        Assert.Equal(3, nobody.ExitCode);
        Assert.Contains("upload to http://127.0.0.1:9/", nobody.Error);
    }

    [GeneratedRegex("bwk_[A-Za-z0-9_-]{43}")]
    private static partial Regex TokenPattern();
}
