using LibGit2Sharp;

namespace Bulwark.Tests.Targets;

/// <summary>A real git repository in a temp folder, committed to with fixed authors and dates.</summary>
internal sealed class TestRepository : IDisposable
{
    public static readonly DateTimeOffset Epoch = new(2024, 3, 1, 9, 0, 0, TimeSpan.FromHours(2));

    private readonly TempFolder _folder = new();
    private int _commits;

    public TestRepository()
    {
        LibGit2Sharp.Repository.Init(_folder.Root);
        Repository = new Repository(_folder.Root);
    }

    public string Root => _folder.Root;

    public Repository Repository { get; }

    public string Write(string path, string content) => _folder.Write(path, content);

    public void Delete(string path) => File.Delete(_folder.PathOf(path));

    public void Stage(params string[] paths) => Commands.Stage(Repository, paths);

    /// <summary>The signature of the next commit: one hour after the previous one.</summary>
    public Signature Signature(string author = "Alice") =>
        new(author, author.ToLowerInvariant() + "@example.com", Epoch.AddHours(_commits));

    /// <summary>Stages everything in the working tree, deletions included, and commits it.</summary>
    public Commit Commit(string message, string author = "Alice")
    {
        Commands.Stage(Repository, "*");
        var signature = Signature(author);
        _commits++;
        return Repository.Commit(message, signature, signature, new CommitOptions { AllowEmptyCommit = true });
    }

    public void Checkout(string branch) => Commands.Checkout(Repository, branch);

    public void Dispose()
    {
        Repository.Dispose();
        _folder.Dispose();
    }
}
