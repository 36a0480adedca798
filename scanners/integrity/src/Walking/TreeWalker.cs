using System.IO.Enumeration;
using Bulwark.Scanners.Integrity.Policy;

namespace Bulwark.Scanners.Integrity.Walking;

/// <summary>
/// Walks what a policy watches under a root, in <see cref="PathOrder"/>, without ever following a symbolic link (a
/// link is recorded as a link; a link on the way to a rule's path stops that rule), so nothing outside the root is
/// read and a link loop cannot trap the walk. Files that cannot be examined are yielded with the reason.
/// </summary>
internal sealed class TreeWalker(string root, FimPolicy policy)
{
    private static readonly EnumerationOptions Listing = new() { IgnoreInaccessible = false, AttributesToSkip = 0, RecurseSubdirectories = false, ReturnSpecialDirectories = false };

    /// <summary>The root on this machine, without a trailing slash (empty for <c>/</c>).</summary>
    public string Root { get; } = Path.GetFullPath(root).TrimEnd('/');

    public IEnumerable<Observed> Walk(CancellationToken cancellationToken = default)
    {
        foreach (var start in StartPoints())
        {
            foreach (var observed in Visit(start, cancellationToken))
            {
                yield return observed;
            }
        }
    }

    /// <summary>The path and everything the policy watches under it, in order (for the watch mode, after a directory appears).</summary>
    public IEnumerable<Observed> WalkFrom(string path, CancellationToken cancellationToken = default) =>
        ParentsAreDirectories(path) ? Visit(path, cancellationToken) : [];

    /// <summary>Where the walk starts: each rule's path with its wildcards expanded, without those another start point covers.</summary>
    public IReadOnlyList<string> Starts => StartPoints();

    /// <summary>Examines one path (for the watch mode): null when no rule covers it, it is excluded or a parent is a link.</summary>
    public Observed? Examine(string path)
    {
        var rule = policy.RuleFor(path);
        if (rule is null || policy.IsExcluded(path) || !ParentsAreDirectories(path))
        {
            return null;
        }

        var (stat, error) = NativeFiles.LStat(HostPath(path));
        return stat is null && error is null ? null : new Observed(path, HostPath(path), stat, error, rule);
    }

    /// <summary>The path on this machine of <paramref name="path"/> inside the root.</summary>
    public string HostPath(string path) => path == "/" ? (Root.Length == 0 ? "/" : Root) : Root + path;

    private IEnumerable<Observed> Visit(string start, CancellationToken cancellationToken)
    {
        // Each pending path carries the rule it inherits when no rule names anything under its parent (null: ask the policy).
        var pending = new Stack<(string Path, WatchRule? Inherited)>();
        pending.Push((start, null));
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (path, inherited) = pending.Pop();
            var rule = inherited ?? policy.RuleFor(path);
            if (rule is null || policy.IsExcluded(path))
            {
                continue;
            }

            var host = HostPath(path);
            var (stat, error) = NativeFiles.LStat(host);
            if (stat is null && error is null)
            {
                // A name that is not UTF-8 is listed with replacement characters and cannot be found again by that name:
                // say so rather than let such a file hide from the check.
                if (path.Contains('\uFFFD', StringComparison.Ordinal))
                {
                    yield return new Observed(path, host, null, "the name is not valid UTF-8, so the file cannot be examined", rule);
                }

                continue;
            }

            var settled = inherited is not null || !policy.HasRuleBelow(path);
            if (stat is not { Type: FileType.Directory } || !(settled ? rule.Recurse || inherited is not null : Recurses(path)))
            {
                yield return new Observed(path, host, stat, error, rule);
                continue;
            }

            var (children, listError) = List(host);
            yield return new Observed(path, host, stat, listError is null ? null : "cannot list the directory: " + listError, rule);

            // Pushed in reverse so they pop in order.
            var childRule = settled && (rule.Recurse || inherited is not null) ? rule : null;
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push((path == "/" ? "/" + children[i] : path + "/" + children[i], childRule));
            }
        }
    }

    // A non-recursive rule watches only its own path; anything below it falls to a recursive ancestor rule, if any.
    private bool Recurses(string directory) => policy.Rules.Any(r => r.Recurse ? Covers(r.Path, directory) : IsAncestor(directory, r.Path));

    private static bool Covers(string rulePath, string path)
    {
        var rule = rulePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= rule.Length && rule.Select((s, i) => SegmentPattern.Matches(s, segments[i])).All(m => m);
    }

    private static bool IsAncestor(string directory, string rulePath)
    {
        var rule = rulePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var segments = directory.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length < rule.Length && segments.Select((s, i) => SegmentPattern.Matches(rule[i], s)).All(m => m);
    }

    private static (List<string> Names, string? Error) List(string hostDirectory)
    {
        try
        {
            var names = new FileSystemEnumerable<string>(hostDirectory, (ref FileSystemEntry e) => e.FileName.ToString(), Listing).ToList();
            names.Sort(StringComparer.Ordinal);
            return (names, null);
        }
        catch (UnauthorizedAccessException)
        {
            return ([], "permission denied");
        }
        catch (IOException e)
        {
            return ([], e.Message);
        }
    }

    // Each rule's path with its wildcards expanded, sorted, without those a recursive start point already walks.
    private List<string> StartPoints()
    {
        var expanded = new SortedSet<string>(policy.Rules.SelectMany(r => Expand(r.Path)), PathOrder.Instance);
        var starts = new List<string>();
        foreach (var path in expanded)
        {
            if (!starts.Any(s => IsUnder(path, s) && Reaches(s, path)))
            {
                starts.Add(path);
            }
        }

        return starts;
    }

    // Whether walking from start arrives at path: start and every directory between them are walked into.
    private bool Reaches(string start, string path)
    {
        if (!Recurses(start))
        {
            return false;
        }

        for (var slash = path.IndexOf('/', start.Length + 1); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            var between = path[..slash];
            if (policy.RuleFor(between) is null || policy.IsExcluded(between) || !Recurses(between))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUnder(string path, string ancestor) =>
        ancestor == "/" || path.StartsWith(ancestor + "/", StringComparison.Ordinal);

    private IEnumerable<string> Expand(string rulePath)
    {
        var current = new List<string> { "" };
        foreach (var segment in rulePath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var next = new List<string>();
            foreach (var prefix in current)
            {
                if (prefix.Length > 0 && NativeFiles.LStat(HostPath(prefix)).Stat is not { Type: FileType.Directory })
                {
                    continue;
                }

                if (!SegmentPattern.HasWildcard(segment))
                {
                    next.Add(prefix + "/" + segment);
                    continue;
                }

                next.AddRange(List(HostPath(prefix.Length == 0 ? "/" : prefix)).Names.Where(n => SegmentPattern.Matches(segment, n)).Select(n => prefix + "/" + n));
            }

            current = next;
        }

        return current.Select(p => p.Length == 0 ? "/" : p).Where(ParentsAreDirectories);
    }

    private bool ParentsAreDirectories(string path)
    {
        var index = path.IndexOf('/', 1);
        while (index > 0)
        {
            if (NativeFiles.LStat(HostPath(path[..index])).Stat is not { Type: FileType.Directory })
            {
                return false;
            }

            index = path.IndexOf('/', index + 1);
        }

        return true;
    }
}
