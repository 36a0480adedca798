using Bulwark.Sdk;
using LibGit2Sharp;

namespace Bulwark.Targets.GitHistory;

/// <summary>Where a history walk starts: the commits every ref, HEAD and every stash entry point to.</summary>
internal sealed class Tips
{
    private Tips(IReadOnlyCollection<Commit> commits, IReadOnlyList<(string Name, GitObject Target)> others)
    {
        Commits = commits;
        Others = others;
    }

    /// <summary>The distinct commits, annotated tags peeled.</summary>
    public IReadOnlyCollection<Commit> Commits { get; }

    /// <summary>Refs whose target peels to a tree or a blob rather than a commit.</summary>
    public IReadOnlyList<(string Name, GitObject Target)> Others { get; }

    /// <summary>Reads the tips of <paramref name="repository"/>; the caller holds its lock.</summary>
    public static Tips Of(Repository repository, IFindingSink errors)
    {
        var commits = new Dictionary<ObjectId, Commit>();
        var others = new List<(string Name, GitObject Target)>();
        foreach (var reference in repository.Refs)
        {
            // A symbolic ref whose branch was deleted (a remote's HEAD, say) leads nowhere and hides nothing.
            var direct = reference.ResolveToDirectReference();
            if (direct is null)
            {
                continue;
            }

            var target = Peel(direct.Target);
            switch (target)
            {
                case Commit commit:
                    commits.TryAdd(commit.Id, commit);
                    break;
                case null:
                    errors.Error(reference.CanonicalName, "cannot read git ref: it points to a missing object");
                    break;
                default:
                    others.Add((reference.CanonicalName, target));
                    break;
            }
        }

        // refs/stash names only the newest stash; older entries live in its reflog.
        var loose = repository.Stashes.Select(stash => stash.WorkTree).Append(repository.Head.Tip);
        foreach (var commit in loose.OfType<Commit>())
        {
            commits.TryAdd(commit.Id, commit);
        }

        return new Tips(commits.Values, others);
    }

    private static GitObject? Peel(GitObject? target)
    {
        while (target is TagAnnotation tag)
        {
            target = tag.Target;
        }

        return target;
    }
}
