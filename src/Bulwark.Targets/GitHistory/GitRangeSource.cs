using Bulwark.Sdk;
using LibGit2Sharp;

namespace Bulwark.Targets.GitHistory;

/// <summary>
/// The file versions added by the commits in <c>A..B</c> (reachable from B, not from A), oldest first, each
/// compared with its first parent. <see cref="SourceFile.ChangedLines"/> holds the lines the commit added,
/// so old content is not blamed on the range.
/// </summary>
public sealed class GitRangeSource : IFileSource, IDisposable
{
    private readonly GitRepository _git;
    private readonly string _range;
    private readonly Commit _from;
    private readonly Commit _to;

    /// <summary>Opens the repository holding <paramref name="repoPath"/> and resolves <paramref name="range"/>.</summary>
    /// <param name="repoPath">Any folder inside the repository.</param>
    /// <param name="range"><c>A..B</c>; an empty side means <c>HEAD</c>, as in git.</param>
    /// <exception cref="GitSourceException">Not a repository, a malformed range, or an unknown revision.</exception>
    public GitRangeSource(string repoPath, string range)
    {
        ArgumentNullException.ThrowIfNull(range);
        _range = range;
        _git = GitRepository.Open(repoPath);
        try
        {
            var (from, to) = Split(range);
            _from = Revisions.Commit(_git.Repository, from);
            _to = Revisions.Commit(_git.Repository, to);
        }
        catch
        {
            _git.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public string Description => $"git commits {_range} of {_git.Root}";

    /// <inheritdoc />
    public IEnumerable<SourceFile> Enumerate(IFindingSink errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return Walk(cancellationToken);
    }

    /// <summary>Closes the repository; files already yielded can no longer be read.</summary>
    public void Dispose() => _git.Dispose();

    private IEnumerable<SourceFile> Walk(CancellationToken cancellationToken)
    {
        List<Commit> commits;
        lock (_git.Gate)
        {
            commits = [.. _git.Repository.Commits.QueryBy(new CommitFilter
            {
                IncludeReachableFrom = _to,
                ExcludeReachableFrom = _from,
                SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Reverse,
            })];
        }

        var seen = new HashSet<ObjectId>();
        var files = new List<SourceFile>();
        foreach (var commit in commits)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lock (_git.Gate)
            {
                var parent = commit.Parents.FirstOrDefault();
                using var patch = _git.Repository.Diff.Compare<Patch>(parent?.Tree, commit.Tree, PatchFiles.Options());
                PatchFiles.Collect(_git, patch, GitRepository.OriginOf(commit), seen, files);
            }

            foreach (var file in files)
            {
                yield return file;
            }

            files.Clear();
        }
    }

    private static (string From, string To) Split(string range)
    {
        var dots = range.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0 || range.Contains("...", StringComparison.Ordinal) || range.IndexOf("..", dots + 2, StringComparison.Ordinal) >= 0)
        {
            throw new GitSourceException($"commit range '{range}' is not of the form A..B");
        }

        var from = range[..dots];
        var to = range[(dots + 2)..];
        return (from.Length == 0 ? "HEAD" : from, to.Length == 0 ? "HEAD" : to);
    }
}
