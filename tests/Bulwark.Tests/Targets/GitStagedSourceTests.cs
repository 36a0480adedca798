using Bulwark.Sdk;
using Bulwark.Targets.GitHistory;

namespace Bulwark.Tests.Targets;

public sealed class GitStagedSourceTests : IDisposable
{
    private readonly TestRepository _repo = new();
    private readonly List<GitStagedSource> _sources = [];

    public void Dispose()
    {
        _sources.ForEach(source => source.Dispose());
        _repo.Dispose();
    }

    [Fact]
    public void A_staged_new_file_and_a_staged_modification_appear_with_their_added_lines_and_unstaged_changes_do_not()
    {
        _repo.Write("app.conf", "one\ntwo\nthree\n");
        _repo.Write("untouched.txt", "same\n");
        _repo.Write("edited-later.txt", "old\n");
        _repo.Commit("Start");
        _repo.Write("app.conf", "one\ntwo\nthree\nsecret = staged\n");
        _repo.Write("new.env", "A=1\nB=2\n");
        _repo.Stage("app.conf", "new.env");
        _repo.Write("app.conf", "one\ntwo\nthree\nsecret = staged\nnot staged\n");
        _repo.Write("edited-later.txt", "unstaged edit\n");
        _repo.Write("untracked.txt", "untracked\n");

        var files = Staged();

        Assert.Equal(["app.conf", "new.env"], files.Select(file => file.Path));
        Assert.Equal([new LineRange(4, 4)], files[0].ChangedLines!);
        Assert.Equal("one\ntwo\nthree\nsecret = staged\n", RecordingSink.Read(files[0]));
        Assert.Equal([new LineRange(1, 2)], files[1].ChangedLines!);
        Assert.All(files, file => Assert.Equal(new Origin("staged", ""), file.Origin));
    }

    [Fact]
    public void Before_the_first_commit_everything_staged_is_new()
    {
        _repo.Write("first.txt", "a\nb\nc\n");
        _repo.Stage("first.txt");

        var file = Assert.Single(Staged());

        Assert.Equal("first.txt", file.Path);
        Assert.Equal([new LineRange(1, 3)], file.ChangedLines!);
    }

    [Fact]
    public void Nothing_staged_yields_nothing()
    {
        _repo.Write("a.txt", "a\n");
        _repo.Commit("One");
        _repo.Write("a.txt", "changed but not staged\n");

        Assert.Empty(Staged());
    }

    private List<SourceFile> Staged()
    {
        var source = new GitStagedSource(_repo.Root);
        _sources.Add(source);
        return RecordingSink.Enumerate(source);
    }
}
