using Bulwark.Sdk;
using LibGit2Sharp;

namespace Bulwark.Targets.GitHistory;

/// <summary>
/// What <c>git commit</c> would add: the index compared with HEAD, content read from the index, so unstaged
/// edits in the working tree are not scanned. <see cref="SourceFile.ChangedLines"/> holds the staged added lines.
/// </summary>
public sealed class GitStagedSource : IFileSource, IDisposable
{
    private readonly GitRepository _git;

    /// <summary>Opens the repository holding <paramref name="repoPath"/>.</summary>
    /// <exception cref="GitSourceException">Not a repository, or a bare one, which has no index.</exception>
    public GitStagedSource(string repoPath)
    {
        _git = GitRepository.Open(repoPath);
        if (_git.Repository.Info.IsBare)
        {
            _git.Dispose();
            throw new GitSourceException($"{repoPath} is a bare git repository; it has no staged changes");
        }
    }

    /// <inheritdoc />
    public string Description => $"staged changes of {_git.Root}";

    /// <inheritdoc />
    public IEnumerable<SourceFile> Enumerate(IFindingSink errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return Staged(cancellationToken);
    }

    /// <summary>Closes the repository; files already yielded can no longer be read.</summary>
    public void Dispose() => _git.Dispose();

    private IEnumerable<SourceFile> Staged(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var files = new List<SourceFile>();
        lock (_git.Gate)
        {
            // An unborn HEAD has no tree: everything in the index is new.
            var head = _git.Repository.Head.Tip?.Tree;
            using var patch = _git.Repository.Diff.Compare<Patch>(head, DiffTargets.Index, null, null, PatchFiles.Options());
            PatchFiles.Collect(_git, patch, new Origin("staged", ""), [], files);
        }

        return files;
    }
}
