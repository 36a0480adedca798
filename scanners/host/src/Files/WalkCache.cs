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

    private (List<HostFileInfo>, List<(string, string)>) Full(string path)
    {
        var skipped = new List<(string, string)>();
        var entries = files.Walk(path, _ => false, (directory, reason) => skipped.Add((directory, reason))).ToList();
        return (entries, skipped);
    }
}
