namespace Bulwark.Scanners.Host.Files;

/// <summary>
/// The audited files with their walks shared: the first walk of a path is made once, unpruned, and every sweep of
/// the audit (world-writable, unowned, setuid) replays it with its own pruning, instead of each walking the whole
/// file system again. Everything else passes through.
/// </summary>
public sealed class WalkCache(IHostFiles files) : IHostFiles
{
    private readonly Dictionary<string, Lazy<(List<HostFileInfo> Entries, List<(string Path, string Reason)> Skipped)>> _walks = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public bool IsLive => files.IsLive;

    /// <inheritdoc />
    public string Description => files.Description;

    /// <inheritdoc />
    public HostFileInfo? Stat(string path) => files.Stat(path);

    /// <inheritdoc />
    public HostFileResult ReadText(string path) => files.ReadText(path);

    /// <inheritdoc />
    public IReadOnlyList<string> List(string path) => files.List(path);

    /// <inheritdoc />
    public IReadOnlyList<string> Glob(string pattern) => files.Glob(pattern);

    /// <inheritdoc />
    /// <remarks>Replays the cached pre-order walk: a directory <paramref name="skipDirectory"/> names is yielded and its subtree passed over.</remarks>
    public IEnumerable<HostFileInfo> Walk(string path, Func<string, bool> skipDirectory, Action<string, string>? onSkipped = null)
    {
        Lazy<(List<HostFileInfo>, List<(string, string)>)> walk;
        lock (_walks)
        {
            if (!_walks.TryGetValue(path, out walk!))
            {
                _walks[path] = walk = new Lazy<(List<HostFileInfo>, List<(string, string)>)>(() => Full(path));
            }
        }

        var (entries, skipped) = walk.Value;
        string? pruned = null;
        foreach (var entry in entries)
        {
            if (pruned is not null && entry.Path.StartsWith(pruned, StringComparison.Ordinal))
            {
                continue;
            }

            pruned = null;
            yield return entry;
            if (entry.Kind == HostFileKind.Directory && entry.Path != path && skipDirectory(entry.Path))
            {
                pruned = entry.Path.TrimEnd('/') + "/";
            }
        }

        foreach (var (directory, reason) in skipped)
        {
            onSkipped?.Invoke(directory, reason);
        }
    }

    // One walk from the start per top-level directory, each entering only its own directory, run in parallel and
    // stitched back in name order: the same entries, in the same pre-order, as one walk would give (the start's own
    // rules, such as not entering /proc or another file system, apply to every part), in a fraction of the time.
    private (List<HostFileInfo>, List<(string, string)>) Full(string path)
    {
        var skipped = new List<(string, string)>();
        void Skipped(string directory, string reason)
        {
            lock (skipped)
            {
                skipped.Add((directory, reason));
            }
        }

        var top = files.Walk(path, _ => true, Skipped).ToList();
        var prefix = path.TrimEnd('/') + "/";
        var parts = new List<HostFileInfo>[top.Count];
        Parallel.For(0, top.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) }, i =>
        {
            var entry = top[i];
            parts[i] = i == 0 || entry.Kind != HostFileKind.Directory
                ? []
                : [.. files.Walk(path, d => d != entry.Path && IsChild(d, path), Skipped).Where(e => e.Path.StartsWith(entry.Path + "/", StringComparison.Ordinal))];
        });
        var entries = new List<HostFileInfo>();
        for (var i = 0; i < top.Count; i++)
        {
            entries.Add(top[i]);
            entries.AddRange(parts[i]);
        }

        return (entries, skipped);
    }

    private static bool IsChild(string directory, string parent)
    {
        var slash = directory.TrimEnd('/').LastIndexOf('/');
        var of = slash <= 0 ? "/" : directory[..slash];
        return of == (parent.Length > 1 ? parent.TrimEnd('/') : parent);
    }
}
