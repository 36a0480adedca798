using Bulwark.Sdk;
using LibGit2Sharp;

namespace Bulwark.Targets.GitHistory;

/// <summary>
/// Every blob reachable from any ref (branches, tags, remotes, stashes, HEAD), each once, attributed to the
/// first commit that contained it, oldest first. A secret deleted later is still found where it was added.
/// </summary>
public sealed class GitHistorySource : IFileSource, IDisposable
{
    private readonly GitRepository _git;

    /// <summary>Opens the repository holding <paramref name="repoPath"/>; paths are relative to its root.</summary>
    /// <exception cref="GitSourceException">The path is not inside a git repository.</exception>
    public GitHistorySource(string repoPath)
    {
        _git = GitRepository.Open(repoPath);
    }

    /// <inheritdoc />
    public string Description => $"git history of {_git.Root}";

    /// <inheritdoc />
    public IEnumerable<SourceFile> Enumerate(IFindingSink errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return Walk(errors, cancellationToken);
    }

    /// <summary>Closes the repository; files already yielded can no longer be read.</summary>
    public void Dispose() => _git.Dispose();

    private IEnumerable<SourceFile> Walk(IFindingSink errors, CancellationToken cancellationToken)
    {
        Tips tips;
        List<Commit> commits;
        lock (_git.Gate)
        {
            tips = Tips.Of(_git.Repository, errors);
            commits = Commits(tips.Commits);
        }

        var blobs = new NewBlobs();
        var found = new List<(Blob Blob, string Path)>();
        var files = new List<SourceFile>();
        foreach (var commit in commits)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lock (_git.Gate)
            {
                blobs.Collect(commit.Tree, "", found);
                AddFiles(found, () => GitRepository.OriginOf(commit), files);
            }

            foreach (var file in files)
            {
                yield return file;
            }

            files.Clear();
        }

        // Rarely a tag points straight at a tree or a blob; what it holds is reachable too.
        foreach (var (name, target) in tips.Others)
        {
            lock (_git.Gate)
            {
                if (target is Tree tree)
                {
                    blobs.Collect(tree, "", found);
                }
                else if (target is Blob blob)
                {
                    blobs.Collect(blob, name[(name.LastIndexOf('/') + 1)..], found);
                }

                AddFiles(found, () => new Origin("ref", name), files);
            }

            foreach (var file in files)
            {
                yield return file;
            }

            files.Clear();
        }
    }

    private List<Commit> Commits(IReadOnlyCollection<Commit> tips)
    {
        if (tips.Count == 0)
        {
            return [];
        }

        var filter = new CommitFilter
        {
            IncludeReachableFrom = tips,
            SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Reverse,
        };
        try
        {
            return [.. _git.Repository.Commits.QueryBy(filter)];
        }
        catch (LibGit2SharpException ex)
        {
            throw new GitSourceException($"walking the history of {_git.Root}: {ex.Message}", ex);
        }
    }

    private void AddFiles(List<(Blob Blob, string Path)> found, Func<Origin> origin, List<SourceFile> files)
    {
        if (found.Count == 0)
        {
            return;
        }

        var shared = origin();
        foreach (var (blob, path) in found)
        {
            files.Add(_git.File(blob, path, shared, changedLines: null));
        }

        found.Clear();
    }
}
