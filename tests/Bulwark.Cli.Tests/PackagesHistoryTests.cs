using LibGit2Sharp;

namespace Bulwark.Cli.Tests;

/// <summary>The packages scanner over git: the history names the commit that brought a vulnerable version in, a range checks only what it added.</summary>
public sealed class PackagesHistoryTests : IDisposable
{
    private const string Requests = """{"id":"PYSEC-2000-1","modified":"2024-01-01T00:00:00Z","summary":"requests leaks","affected":[{"package":{"ecosystem":"PyPI","name":"requests"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"2.20.0"}]}]}]}""";
    private const string Django = """{"id":"PYSEC-2000-2","modified":"2024-01-01T00:00:00Z","summary":"django injects","affected":[{"package":{"ecosystem":"PyPI","name":"django"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"3.0"},{"fixed":"3.2.5"}]}]}]}""";

    private readonly TempProject _project = new();
    private readonly Repository _repo;

    public PackagesHistoryTests()
    {
        Repository.Init(_project.Root);
        _repo = new Repository(_project.Root);
        _project.Write("osv/requests.json", Requests).Write("osv/django.json", Django);
        Assert.Equal(0, CliRun.Of(_project.Root, "db", "import", "osv", "--cache-dir", _project.Path("cache")).ExitCode);
    }

    public void Dispose()
    {
        _repo.Dispose();
        _project.Dispose();
    }

    [Fact]
    public void History_names_the_commit_that_brought_the_vulnerable_version_in()
    {
        var vulnerable = Commit("requests==2.19.0\n", "pin requests");
        Commit("requests==2.31.0\n", "upgrade requests");

        var now = Scan(".");
        var history = Scan(".", "--history");

        Assert.Empty(now.Json().GetProperty("findings").EnumerateArray());
        var finding = Assert.Single(history.Json().GetProperty("findings").EnumerateArray());
        Assert.Equal("PYSEC-2000-1", finding.GetProperty("ruleId").GetString());
        Assert.Equal(vulnerable.Sha, finding.GetProperty("location").GetProperty("origin").GetProperty("id").GetString());
    }

    [Fact]
    public void A_commit_range_checks_only_the_packages_its_commits_added()
    {
        Commit("requests==2.19.0\n", "old pin, already in main");
        var main = _repo.Head.Tip;
        Commit("requests==2.19.0\nDjango==3.1.0\n", "add django");

        var range = Scan(".", "--commits", $"{main.Sha}..HEAD");

        var finding = Assert.Single(range.Json().GetProperty("findings").EnumerateArray());
        Assert.Equal("PYSEC-2000-2", finding.GetProperty("ruleId").GetString());
        Assert.Equal(2, finding.GetProperty("location").GetProperty("startLine").GetInt32());
    }

    private Commit Commit(string requirements, string message)
    {
        _project.Write("requirements.txt", requirements);
        LibGit2Sharp.Commands.Stage(_repo, "requirements.txt");
        var signature = new Signature("Dev", "dev@example.test", DateTimeOffset.UtcNow);
        return _repo.Commit(message, signature, signature);
    }

    private CliRun Scan(params string[] args) =>
        CliRun.Of(_project.Root, ["scan", .. args, "--scanners", "packages", "--cache-dir", _project.Path("cache"), "--format", "json", "--exclude", "osv/"]);
}
