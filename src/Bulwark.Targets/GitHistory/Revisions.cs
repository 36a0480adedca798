using LibGit2Sharp;

namespace Bulwark.Targets.GitHistory;

/// <summary>Resolves what a user typed (a branch, a tag, a sha, <c>HEAD~2</c>) to a commit.</summary>
internal static class Revisions
{
    public static Commit Commit(Repository repository, string revision)
    {
        GitObject? target;
        try
        {
            target = repository.Lookup(revision);
        }
        catch (AmbiguousSpecificationException ex)
        {
            throw new GitSourceException($"ambiguous revision '{revision}': {ex.Message}", ex);
        }
        catch (LibGit2SharpException ex)
        {
            throw new GitSourceException($"unknown revision '{revision}'", ex);
        }

        while (target is TagAnnotation tag)
        {
            target = tag.Target;
        }

        return target switch
        {
            Commit commit => commit,
            null => throw new GitSourceException($"unknown revision '{revision}'"),
            _ => throw new GitSourceException($"revision '{revision}' is not a commit"),
        };
    }
}
