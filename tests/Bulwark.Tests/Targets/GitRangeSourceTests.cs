using Bulwark.Sdk;
using Bulwark.Targets.GitHistory;
using LibGit2Sharp;

namespace Bulwark.Tests.Targets;

public sealed class GitRangeSourceTests : IDisposable
{
    private static readonly string TenLines = string.Concat(Enumerable.Range(1, 10).Select(line => $"line {line}\n"));

    private readonly TestRepository _repo = new();
    private readonly List<GitRangeSource> _sources = [];

    public void Dispose()
    {
        _sources.ForEach(source => source.Dispose());
        _repo.Dispose();
    }

    [Fact]
    public void Only_files_changed_by_commits_reachable_from_the_end_and_not_from_the_start_are_yielded()
    {
        _repo.Write("before.txt", "before\n");
        var start = _repo.Commit("Before the range");
        _repo.Write("first.txt", "first\n");
        var first = _repo.Commit("First in range");
        _repo.Write("second.txt", "second\n");
        var second = _repo.Commit("Second in range");

        var files = Range($"{start.Sha}..{second.Sha}");

        Assert.Equal(["first.txt", "second.txt"], files.Select(file => file.Path));
        Assert.Equal([first.Sha, second.Sha], files.Select(file => file.Origin?.Id));
        Assert.All(files, file => Assert.Equal([new LineRange(1, 1)], file.ChangedLines!));
    }

    [Fact]
    public void A_commit_that_appends_two_lines_to_a_ten_line_file_changes_lines_11_to_12()
    {
        _repo.Write("app.conf", TenLines);
        _repo.Commit("Ten lines");
        _repo.Write("app.conf", TenLines + "password = hunter2\nuser = admin\n");
        _repo.Commit("Append two");

        var file = Assert.Single(Range("HEAD~1..HEAD"));

        Assert.Equal([new LineRange(11, 12)], file.ChangedLines!);
        Assert.Equal(TenLines + "password = hunter2\nuser = admin\n", RecordingSink.Read(file));
    }

    [Fact]
    public void Added_lines_apart_from_each_other_become_separate_ranges()
    {
        _repo.Write("app.conf", TenLines);
        _repo.Commit("Ten lines");
        _repo.Write("app.conf", "new top\n" + TenLines.Replace("line 5\n", "line five\nline 5b\n", StringComparison.Ordinal));
        _repo.Commit("Edit");

        var file = Assert.Single(Range("HEAD~1..HEAD"));

        Assert.Equal([new LineRange(1, 1), new LineRange(6, 7)], file.ChangedLines!);
    }

    [Fact]
    public void Deleted_files_and_renamed_files_without_new_lines_are_not_yielded()
    {
        _repo.Write("old.txt", TenLines);
        _repo.Write("gone.txt", "gone\n");
        _repo.Commit("Start");
        File.Move(Path.Combine(_repo.Root, "old.txt"), Path.Combine(_repo.Root, "new.txt"));
        _repo.Delete("gone.txt");
        _repo.Commit("Move and delete");

        Assert.Empty(Range("HEAD~1..HEAD"));
    }

    [Fact]
    public void A_root_commit_in_the_range_is_compared_with_an_empty_tree()
    {
        var unrelated = _repo.Repository.ObjectDatabase.CreateCommit(
            _repo.Signature(), _repo.Signature(), "Unrelated", _repo.Repository.ObjectDatabase.CreateTree(new TreeDefinition()), [], prettifyMessage: false);
        _repo.Write("first.txt", "a\nb\n");
        var root = _repo.Commit("Root");

        var file = Assert.Single(Range($"{unrelated.Sha}..HEAD"));

        Assert.Equal(root.Sha, file.Origin?.Id);
        Assert.Equal([new LineRange(1, 2)], file.ChangedLines!);
    }

    [Fact]
    public void A_binary_file_is_yielded_whole()
    {
        _repo.Write("start.txt", "start\n");
        _repo.Commit("Start");
        File.WriteAllBytes(Path.Combine(_repo.Root, "key.bin"), [0, 1, 2, 0, 255, 10, 0]);
        _repo.Commit("Binary");

        var file = Assert.Single(Range("HEAD~1..HEAD"));

        Assert.Equal("key.bin", file.Path);
        Assert.Null(file.ChangedLines);
        Assert.Equal(7, file.Size);
    }

    [Fact]
    public void Tags_and_branch_names_can_bound_the_range()
    {
        _repo.Write("a.txt", "a\n");
        _repo.Repository.ApplyTag("v1", _repo.Commit("One").Sha, _repo.Signature(), "Version 1");
        _repo.Write("b.txt", "b\n");
        _repo.Commit("Two");

        var files = Range($"v1..{_repo.Repository.Head.FriendlyName}");

        Assert.Equal(["b.txt"], files.Select(file => file.Path));
    }

    [Fact]
    public void An_unknown_revision_is_refused_with_its_name()
    {
        _repo.Write("a.txt", "a\n");
        _repo.Commit("One");

        var error = Assert.Throws<GitSourceException>(() => new GitRangeSource(_repo.Root, "foo..HEAD"));

        Assert.Equal("unknown revision 'foo'", error.Message);
    }

    [Theory]
    [InlineData("HEAD")]
    [InlineData("HEAD~1...HEAD")]
    [InlineData("a..b..c")]
    public void A_range_not_of_the_form_a_dot_dot_b_is_refused(string range)
    {
        _repo.Write("a.txt", "a\n");
        _repo.Commit("One");

        var error = Assert.Throws<GitSourceException>(() => new GitRangeSource(_repo.Root, range));

        Assert.Equal($"commit range '{range}' is not of the form A..B", error.Message);
    }

    private List<SourceFile> Range(string range)
    {
        var source = new GitRangeSource(_repo.Root, range);
        _sources.Add(source);
        return RecordingSink.Enumerate(source);
    }
}
