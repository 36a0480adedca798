using Bulwark.Engine.Paths;
using Bulwark.Sdk;
using Bulwark.Targets.Directories;
using Bulwark.Targets.GitHistory;

namespace Bulwark.Cli.Commands;

/// <summary>Which source a scan reads: the tree as it is, all of git history, a commit range, or the staged index.</summary>
/// <param name="History">Scan every blob reachable from any ref.</param>
/// <param name="Commits">Scan what the commits of a range <c>A..B</c> added.</param>
/// <param name="Staged">Scan what is staged for the next commit.</param>
public sealed record SourceChoice(bool History, string? Commits, bool Staged)
{
    /// <summary>Opens the source for <paramref name="root"/>, or returns the problem that prevents it.</summary>
    public Created<IFileSource> Open(string root, PathFilter exclusions)
    {
        if ((History ? 1 : 0) + (Commits is null ? 0 : 1) + (Staged ? 1 : 0) > 1)
        {
            return Created<IFileSource>.Failed("--history, --commits, --staged", "choose at most one of these");
        }

        if (!Directory.Exists(root) && !File.Exists(root))
        {
            return Created<IFileSource>.Failed(root, "path not found");
        }

        try
        {
            if (History)
            {
                return Created<IFileSource>.Ok(new GitHistorySource(root));
            }

            if (Commits is not null)
            {
                return Created<IFileSource>.Ok(new GitRangeSource(root, Commits));
            }

            if (Staged)
            {
                return Created<IFileSource>.Ok(new GitStagedSource(root));
            }
        }
        catch (GitSourceException e)
        {
            var flag = History ? "--history" : Commits is not null ? "--commits" : "--staged";
            return Created<IFileSource>.Failed(flag, $"{root}: {e.Message}");
        }

        if (Directory.Exists(root) && !CanList(root, out var reason))
        {
            return Created<IFileSource>.Failed(root, "cannot read directory: " + reason);
        }

        return Created<IFileSource>.Ok(new DirectorySource(root, exclusions.IsExcluded));
    }

    private static bool CanList(string directory, out string reason)
    {
        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(directory).GetEnumerator();
            entries.MoveNext();
            reason = "";
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            reason = e.Message;
            return false;
        }
    }
}
