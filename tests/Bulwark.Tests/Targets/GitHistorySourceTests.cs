using Bulwark.Sdk;
using Bulwark.Targets.GitHistory;
using LibGit2Sharp;

namespace Bulwark.Tests.Targets;

public sealed class GitHistorySourceTests : IDisposable
{
    private readonly TestRepository _repo = new();
    private readonly List<GitHistorySource> _sources = [];

    public void Dispose()
    {
        _sources.ForEach(source => source.Dispose());
        _repo.Dispose();
    }

    [Fact]
    public void A_secret_deleted_in_a_later_commit_is_still_yielded_with_the_commit_that_added_it()
    {
        _repo.Write("README.md", "hello\n");
        _repo.Commit("Start");
        _repo.Write("config/prod.env", "TOKEN=ghp_secret\n");
        var added = _repo.Commit("Add prod config\n\nWith a body.", author: "Bob");
        _repo.Delete("config/prod.env");
        _repo.Commit("Remove prod config");

        var files = History();

        var secret = Assert.Single(files, file => file.Path == "config/prod.env");
        Assert.Equal(new Origin("commit", added.Sha)
        {
            Author = "Bob",
            AuthorEmail = "bob@example.com",
            Date = TestRepository.Epoch.AddHours(1),
            Summary = "Add prod config",
        }, secret.Origin);
        Assert.Equal("TOKEN=ghp_secret\n", RecordingSink.Read(secret));
        Assert.Equal(17, secret.Size);
        Assert.Null(secret.ChangedLines);
    }

    [Fact]
    public void Three_commits_changing_one_file_yield_three_versions_of_it_and_one_of_each_untouched_file()
    {
        _repo.Write("lib/deep/util.txt", "util\n");
        _repo.Write("lib/other.txt", "other\n");
        for (var version = 1; version <= 3; version++)
        {
            _repo.Write("app/settings.txt", $"version {version}\n");
            _repo.Commit($"Version {version}");
        }

        var files = History();

        Assert.Equal(["app/settings.txt", "lib/deep/util.txt", "lib/other.txt", "app/settings.txt", "app/settings.txt"], files.Select(file => file.Path));
        Assert.Equal(
            ["version 1\n", "version 2\n", "version 3\n"],
            files.Where(file => file.Name == "settings.txt").Select(RecordingSink.Read));
    }

    [Fact]
    public void Content_on_two_branches_is_yielded_once_and_side_branches_are_reached()
    {
        _repo.Write("shared.txt", "same everywhere\n");
        _repo.Commit("Base");
        _repo.Repository.CreateBranch("feature");
        _repo.Write("main-only.txt", "main\n");
        _repo.Commit("Main work");
        _repo.Checkout("feature");
        _repo.Write("copy-of-shared.txt", "same everywhere\n");
        _repo.Write("feature-only.txt", "feature\n");
        _repo.Commit("Feature work");

        var paths = History().Select(file => file.Path).Order(StringComparer.Ordinal);

        Assert.Equal(["feature-only.txt", "main-only.txt", "shared.txt"], paths);
    }

    [Fact]
    public void Commits_reachable_only_from_an_annotated_tag_a_light_tag_or_a_stash_are_reached()
    {
        _repo.Write("a.txt", "a\n");
        var first = _repo.Commit("First");
        var home = _repo.Repository.Head.FriendlyName;
        _repo.Repository.CreateBranch("release");
        _repo.Checkout("release");
        _repo.Write("released.txt", "annotated\n");
        _repo.Repository.ApplyTag("v1.0", _repo.Commit("Release").Sha, _repo.Signature(), "Version 1.0");
        _repo.Checkout(first.Sha);
        _repo.Repository.CreateBranch("hotfix");
        _repo.Checkout("hotfix");
        _repo.Write("hotfix.txt", "light\n");
        _repo.Repository.ApplyTag("hotfix-1", _repo.Commit("Hotfix").Sha);
        _repo.Checkout(home);
        _repo.Repository.Branches.Remove("release");
        _repo.Repository.Branches.Remove("hotfix");
        _repo.Write("a.txt", "work in progress\n");
        _repo.Repository.Stashes.Add(_repo.Signature(), "WIP");

        var files = History();

        Assert.Equal("Release", Assert.Single(files, file => file.Path == "released.txt").Origin?.Summary);
        Assert.Equal("Hotfix", Assert.Single(files, file => file.Path == "hotfix.txt").Origin?.Summary);
        Assert.Contains(files, file => file.Path == "a.txt" && RecordingSink.Read(file) == "work in progress\n");
    }

    [Fact]
    public void Symbolic_links_and_submodule_entries_are_not_yielded()
    {
        _repo.Write("real.txt", "real\n");
        var commit = _repo.Commit("Real");
        var tree = TreeDefinition.From(commit)
            .Add("link", _repo.Repository.ObjectDatabase.CreateBlob(new MemoryStream("real.txt"u8.ToArray())), Mode.SymbolicLink)
            .AddGitLink("vendor/module", commit.Id);
        var odd = _repo.Repository.ObjectDatabase.CreateCommit(
            _repo.Signature(), _repo.Signature(), "Odd entries", _repo.Repository.ObjectDatabase.CreateTree(tree), [commit], prettifyMessage: false);
        _repo.Repository.Refs.Add("refs/heads/odd", odd.Id);

        Assert.Equal(["real.txt"], History().Select(file => file.Path));
    }

    [Fact]
    public void A_subfolder_opens_its_repository_and_paths_stay_relative_to_the_repository_root()
    {
        _repo.Write("src/app/main.cs", "class A {}\n");
        _repo.Commit("Code");

        using var source = new GitHistorySource(Path.Combine(_repo.Root, "src", "app"));

        Assert.Equal(["src/app/main.cs"], RecordingSink.Enumerate(source).Select(file => file.Path));
    }

    [Fact]
    public void A_folder_outside_any_repository_is_refused_with_a_clear_message()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<GitSourceException>(() => new GitHistorySource(folder.Root));

        Assert.Equal($"{folder.Root} is not a git repository", error.Message);
    }

    [Fact]
    public void A_repository_without_commits_yields_nothing()
    {
        Assert.Empty(History());
    }

    [Fact]
    public void Files_can_be_read_from_many_threads_at_once()
    {
        for (var i = 0; i < 50; i++)
        {
            _repo.Write($"file{i:D2}.txt", string.Concat(Enumerable.Repeat($"line of file {i}\n", 200)));
        }

        _repo.Commit("Many files");
        using var source = new GitHistorySource(_repo.Root);
        var files = RecordingSink.Enumerate(source);

        var contents = files.AsParallel().WithDegreeOfParallelism(8).Select(file => (file.Path, Text: RecordingSink.Read(file))).ToList();

        Assert.Equal(50, contents.Count);
        Assert.All(contents, read => Assert.StartsWith("line of file " + int.Parse(read.Path[4..6]), read.Text, StringComparison.Ordinal));
    }

    private List<SourceFile> History()
    {
        var source = new GitHistorySource(_repo.Root);
        _sources.Add(source);
        return RecordingSink.Enumerate(source);
    }
}
