using System.Text.Json;
using LibGit2Sharp;

namespace Bulwark.Cli.Tests;

public class GitHistoryTests
{
    private static readonly DateTimeOffset Day1 = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static Commit CommitFile(Repository repo, TempProject project, string path, string? content, string message, string author, DateTimeOffset when)
    {
        if (content is null)
        {
            File.Delete(project.Path(path));
            LibGit2Sharp.Commands.Remove(repo, path);
        }
        else
        {
            project.Write(path, content);
            LibGit2Sharp.Commands.Stage(repo, path);
        }

        var signature = new Signature(author, author.ToLowerInvariant() + "@example.test", when);
        return repo.Commit(message, signature, signature);
    }

    [Fact]
    public void A_secret_committed_and_later_deleted_is_reported_with_the_commit_that_added_it()
    {
        using var project = new TempProject();
        Repository.Init(project.Root);
        using var repo = new Repository(project.Root);
        var token = FakeSecrets.GitHubToken(61);
        CommitFile(repo, project, "README.md", "# app\n", "initial", "Alice", Day1);
        var leak = CommitFile(repo, project, "deploy/ci.env", $"REGION=eu\nTOKEN={token}\n", "add ci settings", "Mallory", Day1.AddDays(1));
        CommitFile(repo, project, "deploy/ci.env", $"REGION=eu\nTOKEN={token}\nDEBUG=0\n", "tweak", "Bob", Day1.AddDays(2));
        CommitFile(repo, project, "deploy/ci.env", null, "remove leaked settings", "Bob", Day1.AddDays(3));

        Assert.Equal(0, CliRun.Of(project.Root, "scan", ".").ExitCode);
        var run = CliRun.Of(project.Root, "scan", ".", "--history", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        var finding = Assert.Single(run.Json().GetProperty("findings").EnumerateArray());
        var location = finding.GetProperty("location");
        Assert.Equal("deploy/ci.env", location.GetProperty("path").GetString());
        Assert.Equal(2, location.GetProperty("startLine").GetInt32());
        var origin = location.GetProperty("origin");
        Assert.Equal("commit", origin.GetProperty("kind").GetString());
        Assert.Equal(leak.Sha, origin.GetProperty("id").GetString());
        Assert.Equal("Mallory", origin.GetProperty("author").GetString());
        Assert.StartsWith("2025-03-02", origin.GetProperty("date").GetString());
        Assert.DoesNotContain(token, run.Output);
    }

    [Fact]
    public void A_commit_range_reports_only_what_its_commits_added()
    {
        using var project = new TempProject();
        Repository.Init(project.Root);
        using var repo = new Repository(project.Root);
        var old = CommitFile(repo, project, "a.env", $"OLD={FakeSecrets.GitHubToken(62)}\n", "old leak", "Alice", Day1);
        CommitFile(repo, project, "a.env", $"OLD={FakeSecrets.GitHubToken(62)}\nNEW={FakeSecrets.GitHubToken(63)}\n", "new leak", "Bob", Day1.AddDays(1));
        var run = CliRun.Of(project.Root, "scan", ".", "--commits", $"{old.Sha}..HEAD", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        var finding = Assert.Single(run.Json().GetProperty("findings").EnumerateArray());
        Assert.Equal(2, finding.GetProperty("location").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Staged_changes_are_scanned_and_unstaged_ones_are_not()
    {
        using var project = new TempProject();
        Repository.Init(project.Root);
        using var repo = new Repository(project.Root);
        CommitFile(repo, project, "README.md", "# app\n", "initial", "Alice", Day1);
        project.Write("unstaged.env", $"TOKEN={FakeSecrets.GitHubToken(64)}\n");
        Assert.Equal(0, CliRun.Of(project.Root, "scan", ".", "--staged").ExitCode);
        project.Write("staged.env", $"TOKEN={FakeSecrets.GitHubToken(65)}\n");
        LibGit2Sharp.Commands.Stage(repo, "staged.env");
        var run = CliRun.Of(project.Root, "scan", ".", "--staged", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("staged.env", run.Json().GetProperty("findings")[0].GetProperty("location").GetProperty("path").GetString());
    }

    [Fact]
    public void An_unknown_revision_in_a_range_is_a_usage_error()
    {
        using var project = new TempProject();
        Repository.Init(project.Root);
        using var repo = new Repository(project.Root);
        CommitFile(repo, project, "README.md", "# app\n", "initial", "Alice", Day1);
        var run = CliRun.Of(project.Root, "scan", ".", "--commits", "nope..HEAD");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope", run.Error);
    }

    [Fact]
    public void History_of_a_folder_that_is_not_a_repository_is_a_usage_error()
    {
        using var project = new TempProject().Write("a.txt", "x\n");
        var run = CliRun.Of(project.Root, "scan", ".", "--history");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a git repository", run.Error);
    }
}
