using System.Threading.Channels;
using Bulwark.Scanners.Integrity.Changes;
using Bulwark.Scanners.Integrity.Checking;
using Bulwark.Scanners.Integrity.Database;
using Bulwark.Scanners.Integrity.Policy;
using Bulwark.Scanners.Integrity.Recording;
using Bulwark.Scanners.Integrity.Walking;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity.Watching;

/// <summary>
/// <c>bulwark fim watch</c>: a full check at start, then inotify (through the runtime's file watcher) on every directory the
/// policy watches: the paths touched within a short quiet period are compared with the baseline together (so a log rotation
/// is seen as one). When the kernel's queue overflows, events were lost and everything is re-checked; a full check also runs
/// on a schedule. Each difference is reported once until it changes again. The baseline is held in memory, indexed by path.
/// </summary>
public sealed class FimWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private readonly FimTarget _target;
    private readonly TimeSpan _interval;
    private readonly Action<FimEvent> _report;
    private readonly Channel<string?> _touched = Channel.CreateUnbounded<string?>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<string, (string Path, string State)> _reported = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Dictionary<string, RuleInfo> _rules = ChangeKinds.All.ToDictionary(k => k.Id, IntegrityFindings.RuleOf, StringComparer.Ordinal);
    private Dictionary<string, Entry> _baseline = new(StringComparer.Ordinal);
    private SortedSet<string> _paths = new(PathOrder.Instance);
    private TreeWalker? _walker;
    private FimPolicy? _policy;

    /// <param name="target">The root, baseline and key.</param>
    /// <param name="interval">How often to run a full check; <see cref="TimeSpan.Zero"/> for never.</param>
    /// <param name="report">Called for each new difference, from one thread at a time.</param>
    public FimWatcher(FimTarget target, TimeSpan interval, Action<FimEvent> report)
    {
        _target = target;
        _interval = interval;
        _report = report;
    }

    /// <summary>Raised once the initial check is done and the watches are in place (tests wait for it).</summary>
    public event Action? Ready;

    /// <summary>
    /// Raised when a watch fails other than by overflowing (the kernel's limit on watches was reached): events under it may
    /// be missed until the next scheduled full check, which still runs.
    /// </summary>
    public event Action<string>? Problem;

    /// <summary>Full re-checks done because the kernel's event queue overflowed.</summary>
    public int Overflows { get; private set; }

    /// <summary>Watches until cancelled; the failure (a baseline that fails its signature) when it cannot start.</summary>
    public async Task<string?> RunAsync(CancellationToken cancellationToken)
    {
        if (Load() is { } failure)
        {
            return failure;
        }

        FullCheck("start", cancellationToken);
        foreach (var start in _walker!.Starts)
        {
            Watch(start);
        }

        Ready?.Invoke();
        var nextFull = _interval > TimeSpan.Zero ? DateTimeOffset.UtcNow + _interval : DateTimeOffset.MaxValue;
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await Collect(nextFull, cancellationToken).ConfigureAwait(false);
            if (batch is null)
            {
                Overflows++;
                FullCheck("overflow", cancellationToken);
            }
            else if (batch.Count > 0)
            {
                CheckPaths(batch, cancellationToken);
            }

            if (DateTimeOffset.UtcNow >= nextFull)
            {
                FullCheck("schedule", cancellationToken);
                nextFull = DateTimeOffset.UtcNow + _interval;
            }
        }

        return null;
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }

    private string? Load()
    {
        var (baseline, failure) = BaselineFile.OpenTrusted(_target);
        if (baseline is null)
        {
            return failure;
        }

        using (baseline)
        {
            var policy = baseline.Policy();
            if (!policy.Succeeded)
            {
                return string.Join("; ", policy.Problems.Select(p => p.Message));
            }

            _policy = policy.Value!;
            _walker = new TreeWalker(_target.Root, _policy);
            var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
            var paths = new SortedSet<string>(PathOrder.Instance);
            foreach (var entry in baseline.Entries())
            {
                entries[entry.Path] = entry;
                paths.Add(entry.Path);
            }

            (_baseline, _paths) = (entries, paths);
        }

        return null;
    }

    private void Watch(string start)
    {
        var host = _walker!.HostPath(start);
        var directory = NativeFiles.LStat(host).Stat is { Type: FileType.Directory };
        var watcher = directory
            ? new FileSystemWatcher(host) { IncludeSubdirectories = true }
            : new FileSystemWatcher(Path.GetDirectoryName(host)!, Path.GetFileName(host));
        watcher.InternalBufferSize = 64 * 1024;
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.Attributes | NotifyFilters.Size
            | NotifyFilters.LastWrite | NotifyFilters.Security | NotifyFilters.CreationTime;
        watcher.Changed += (_, e) => Touch(e.FullPath);
        watcher.Created += (_, e) => Touch(e.FullPath);
        watcher.Deleted += (_, e) => Touch(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Touch(e.OldFullPath);
            Touch(e.FullPath);
        };
        watcher.Error += (_, e) =>
        {
            if (e.GetException() is not InternalBufferOverflowException)
            {
                Problem?.Invoke($"watching {start}: {e.GetException().Message}");
            }

            _touched.Writer.TryWrite(null);
        };
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Touch(string hostPath)
    {
        var root = _walker!.Root;
        if (root.Length == 0 || hostPath.StartsWith(root + "/", StringComparison.Ordinal))
        {
            _touched.Writer.TryWrite(hostPath[root.Length..]);
        }
    }

    // The paths touched until things are quiet for a moment; null when events were lost.
    private async Task<SortedSet<string>?> Collect(DateTimeOffset until, CancellationToken cancellationToken)
    {
        var paths = new SortedSet<string>(PathOrder.Instance);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var remaining = until - DateTimeOffset.UtcNow;
        if (remaining < TimeSpan.FromDays(1))
        {
            wait.CancelAfter(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
        }

        try
        {
            if (!await _touched.Reader.WaitToReadAsync(wait.Token).ConfigureAwait(false))
            {
                return paths;
            }
        }
        catch (OperationCanceledException)
        {
            return paths;
        }

        var overflow = false;
        do
        {
            while (_touched.Reader.TryRead(out var path))
            {
                overflow |= path is null;
                if (path is not null)
                {
                    paths.Add(path);
                }
            }

            await Task.Delay(Quiet, CancellationToken.None).ConfigureAwait(false);
        }
        while (_touched.Reader.TryPeek(out _));

        return overflow ? null : paths;
    }

    private void FullCheck(string trigger, CancellationToken cancellationToken)
    {
        var outcome = new IntegrityCheck(_walker!, _policy!).Run(_paths.Select(p => _baseline[p]), null, cancellationToken);
        Publish(trigger, outcome, scope: null);
    }

    private void CheckPaths(SortedSet<string> touched, CancellationToken cancellationToken)
    {
        // A touched directory may hold new files (a tree moved in) or have lost some (removed): its whole subtree is paired.
        var now = new Dictionary<string, Observed>(StringComparer.Ordinal);
        var scope = new SortedSet<string>(PathOrder.Instance);
        foreach (var path in touched)
        {
            scope.Add(path);
            foreach (var observed in _walker!.WalkFrom(path, cancellationToken))
            {
                now[observed.Path] = observed;
                scope.Add(observed.Path);
            }

            if (_baseline.TryGetValue(path, out var was) && was.Type == FileType.Directory)
            {
                scope.UnionWith(_paths.GetViewBetween(path + "/", path + "/\uffff"));
            }
        }

        var pairs = scope.Select(p => (Now: now.GetValueOrDefault(p), Before: _baseline.GetValueOrDefault(p))).Where(p => p.Now is not null || p.Before is not null).ToList();
        var outcome = new IntegrityCheck(_walker!, _policy!).Run(pairs, null, cancellationToken);
        Publish("inotify", outcome, scope);
    }

    // Reports each difference not reported before in this state; forgets those that went away (a file put back), so
    // they are reported again if they return. A full pass decides for every path, an event batch for its scope.
    private void Publish(string trigger, CheckOutcome outcome, IReadOnlySet<string>? scope)
    {
        var root = _walker!.Root.Length == 0 ? "/" : _walker.Root;
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in outcome.Changes)
        {
            var finding = IntegrityFindings.For(change, _rules[change.Kind], root);
            var state = string.Join("|", change.Details.Select(d => $"{d.Name}={d.Old}>{d.New}"));
            current.Add(finding.Fingerprint);
            if (!_reported.TryGetValue(finding.Fingerprint, out var seen) || seen.State != state)
            {
                _reported[finding.Fingerprint] = (change.Path, state);
                _report(new FimEvent(DateTimeOffset.UtcNow, trigger, finding));
            }
        }

        foreach (var (fingerprint, (path, _)) in _reported.ToList())
        {
            if ((scope is null || scope.Contains(path)) && !current.Contains(fingerprint))
            {
                _reported.Remove(fingerprint);
            }
        }
    }
}
