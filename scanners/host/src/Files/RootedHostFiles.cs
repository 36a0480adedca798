using System.Text;

namespace Bulwark.Scanners.Host.Files;

/// <summary>
/// The files of the audited system, read under one host directory: <c>/</c> for the live host, or a root tree (a
/// mounted image, a chroot, an unpacked container). Paths are resolved inside the root (see
/// <see cref="ConfinedResolver"/>), so nothing outside it is read. Nothing here throws for a missing, unreadable or
/// strange file: reads say what happened, listings are empty, walks skip what they cannot open and count it.
/// </summary>
public sealed class RootedHostFiles : IHostFiles
{
    // Configuration and state files are small; anything larger is not what a check meant to read.
    private const long MaxTextBytes = 32L * 1024 * 1024;

    // Pseudo and volatile file systems of a live host: walking them is slow, endless or meaningless for an audit.
    private static readonly HashSet<string> LiveSkipped = ["/proc", "/sys", "/dev", "/run"];

    private readonly ConfinedResolver resolver;
    private readonly List<string> skippedPaths = [];

    private RootedHostFiles(string root, bool live)
    {
        resolver = new ConfinedResolver(root);
        IsLive = live;
    }

    /// <inheritdoc/>
    public bool IsLive { get; }

    /// <inheritdoc/>
    public string Description => resolver.Root;

    /// <summary>
    /// True when owners and groups are known (glibc <c>lstat</c> on x86_64 or aarch64). False in the managed fallback,
    /// where <see cref="HostFileInfo.Uid"/> and <see cref="HostFileInfo.Gid"/> are -1 and live walks cannot tell file
    /// systems apart.
    /// </summary>
    public static bool OwnersKnown => NativeStat.IsNative;

    /// <summary>How many directories the most recent <see cref="Walk(string, Func{string, bool})"/> could not open.</summary>
    public int SkippedDirectories { get; private set; }

    /// <summary>The first directories (up to 20) the most recent walk could not open, each with the reason.</summary>
    public IReadOnlyList<string> SkippedDirectoryExamples => skippedPaths;

    /// <summary>The files under <paramref name="directory"/>, read as the root of the audited system.</summary>
    public static RootedHostFiles ForRoot(string directory)
    {
        var full = Path.GetFullPath(directory);
        return new RootedHostFiles(full.Length > 1 ? full.TrimEnd('/') : full, live: false);
    }

    /// <summary>The running host: root <c>/</c>, with live state allowed.</summary>
    public static RootedHostFiles Live() => new("/", live: true);

    /// <summary>
    /// The host path where <paramref name="path"/> lives once its links are resolved inside the root, for readers that
    /// need the file itself (a SQLite database); null when it does not exist or cannot be resolved.
    /// </summary>
    public string? HostPathOf(string path)
    {
        var resolved = resolver.Resolve(path, followFinal: true);
        return resolved.HostPath is { } host && NativeStat.Query(host).Stat is not null ? host : null;
    }

    /// <inheritdoc/>
    public HostFileInfo? Stat(string path)
    {
        var resolved = resolver.Resolve(path, followFinal: false);
        if (resolved.HostPath is not { } host || NativeStat.Query(host).Stat is not { } stat)
        {
            return null;
        }

        return Describe(AuditedPath.Clean(path), host, stat);
    }

    /// <inheritdoc/>
    public HostFileResult ReadText(string path)
    {
        var resolved = resolver.Resolve(path, followFinal: true);
        if (resolved.Problem is { } problem)
        {
            return HostFileResult.Unreadable(problem);
        }

        if (resolved.HostPath is not { } host)
        {
            return HostFileResult.NotThere;
        }

        var outcome = NativeStat.Query(host);
        if (outcome.Problem is { } statProblem)
        {
            return HostFileResult.Unreadable(statProblem);
        }

        if (outcome.Stat is not { } stat)
        {
            return HostFileResult.NotThere;
        }

        if (stat.Kind != HostFileKind.File)
        {
            return HostFileResult.Unreadable(stat.Kind == HostFileKind.Directory ? "is a directory" : "not a regular file");
        }

        if (stat.Size > MaxTextBytes)
        {
            return HostFileResult.Unreadable($"larger than {MaxTextBytes / 1024 / 1024} MiB ({stat.Size} bytes)");
        }

        try
        {
            return HostFileResult.Of(File.ReadAllText(host, Encoding.UTF8));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return HostFileResult.NotThere;
        }
        catch (UnauthorizedAccessException)
        {
            return HostFileResult.Unreadable("permission denied");
        }
        catch (IOException e)
        {
            return HostFileResult.Unreadable(e.Message);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> List(string path)
    {
        var resolved = resolver.Resolve(path, followFinal: true);
        if (resolved.HostPath is not { } host || Names(host, out _) is not { } names)
        {
            return [];
        }

        var clean = AuditedPath.Clean(path);
        return names.Select(n => AuditedPath.Combine(clean, n)).ToList();
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Glob(string pattern)
    {
        var current = new List<string> { "/" };
        foreach (var segment in AuditedPath.Segments(pattern))
        {
            current = GlobPattern.IsPattern(segment)
                ? current.SelectMany(dir => List(dir).Where(p => GlobPattern.Matches(segment, AuditedPath.Name(p)))).ToList()
                : current.Select(dir => AuditedPath.Combine(dir, segment)).ToList();
            if (current.Count == 0)
            {
                return [];
            }
        }

        return current.Where(p => Stat(p) is not null).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The walk yields <paramref name="path"/> itself first (as <c>find</c> does), then every entry depth-first in
    /// name order. Symbolic links are yielded, never followed. A directory for which <paramref name="skipDirectory"/>
    /// says true is yielded but not entered. Live, it does not enter /proc, /sys, /dev or /run, nor a directory on
    /// another file system than <paramref name="path"/>'s. Directories that cannot be opened are counted in
    /// <see cref="SkippedDirectories"/> and told to <paramref name="onSkipped"/>.
    /// </remarks>
    public IEnumerable<HostFileInfo> Walk(string path, Func<string, bool> skipDirectory, Action<string, string>? onSkipped = null)
    {
        lock (skippedPaths)
        {
            SkippedDirectories = 0;
            skippedPaths.Clear();
        }

        var start = resolver.Resolve(path, followFinal: true);
        if (start.HostPath is not { } startHost || NativeStat.Query(startHost).Stat is not { } startStat)
        {
            yield break;
        }

        var startPath = AuditedPath.Clean(path);
        yield return Describe(startPath, startHost, startStat);
        if (startStat.Kind != HostFileKind.Directory)
        {
            yield break;
        }

        // Depth-first, pre-order: a stack of open directories, each with its sorted names and how far it has got.
        var open = new Stack<WalkFrame>();
        if (Listing(startPath, startHost, onSkipped) is { } first)
        {
            open.Push(first);
        }

        while (open.TryPeek(out var directory))
        {
            if (directory.Next >= directory.Names.Count)
            {
                open.Pop();
                continue;
            }

            var name = directory.Names[directory.Next++];
            var audited = AuditedPath.Combine(directory.Audited, name);
            var host = Path.Join(directory.Host, name);
            if (NativeStat.Query(host).Stat is not { } stat)
            {
                continue;
            }

            yield return Describe(audited, host, stat);
            if (stat.Kind == HostFileKind.Directory && Enters(audited, stat, startStat, skipDirectory)
                && Listing(audited, host, onSkipped) is { } child)
            {
                open.Push(child);
            }
        }
    }

    private WalkFrame? Listing(string audited, string host, Action<string, string>? onSkipped)
    {
        if (Names(host, out var problem) is { } names)
        {
            return new WalkFrame(audited, host, names);
        }

        var reason = problem ?? "cannot be opened";
        lock (skippedPaths)
        {
            SkippedDirectories++;
            if (skippedPaths.Count < 20)
            {
                skippedPaths.Add($"{audited}: {reason}");
            }
        }

        onSkipped?.Invoke(audited, reason);
        return null;
    }

    private bool Enters(string audited, RawStat stat, RawStat start, Func<string, bool> skipDirectory)
    {
        if (IsLive && (LiveSkipped.Contains(audited) || (OwnersKnown && stat.Device != start.Device)))
        {
            return false;
        }

        return !skipDirectory(audited);
    }

    private static HostFileInfo Describe(string audited, string host, RawStat stat) => new(
        audited,
        stat.Kind,
        stat.Mode,
        stat.Uid,
        stat.Gid,
        stat.Size,
        stat.Kind == HostFileKind.SymbolicLink ? ConfinedResolver.ReadLink(host) : null);

    // The names in a host directory, sorted; null (with the reason) when it cannot be listed.
    private static List<string>? Names(string hostDirectory, out string? problem)
    {
        problem = null;
        try
        {
            return Directory.GetFileSystemEntries(hostDirectory).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToList();
        }
        catch (UnauthorizedAccessException)
        {
            problem = "permission denied";
        }
        catch (Exception e) when (e is IOException)
        {
            problem = e is DirectoryNotFoundException ? "no longer exists" : e.Message;
        }

        return null;
    }
}
