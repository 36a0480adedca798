using System.Collections.Concurrent;
using Bulwark.Scanners.Detection.Engine;
using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Parsing;

namespace Bulwark.Scanners.Detection.Live;

/// <summary>
/// <c>bulwark detect --follow / --listen</c>: every followed log and every listener reads on its own thread through its
/// format's parser into one bounded queue, and one thread runs the engine (its correlation windows are not shared), so a
/// flood slows the readers (a UDP sender's excess is dropped by the kernel) instead of growing memory.
/// </summary>
internal sealed class LiveDetection(DetectionEngine engine, string? formatId, TimeSpan poll)
{
    private const int QueueBound = 10_000;

    /// <summary>Events read so far, from every source.</summary>
    public long Events => Interlocked.Read(ref _events);

    private long _events;

    /// <summary>Called on the engine thread every <see cref="CheckpointEvery"/> while events flow, and once at stop (saving learned state).</summary>
    public Action? Checkpoint { get; init; }

    public TimeSpan CheckpointEvery { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Raised when every source is reading (tests wait for it).</summary>
    public event Action? Ready;

    /// <summary>Runs until cancelled, calling <paramref name="report"/> for each detection, from one thread.</summary>
    public void Run(IReadOnlyList<string> follow, IReadOnlyList<SyslogListener> listeners, Action<DetectionResult> report, CancellationToken cancellationToken)
    {
        using var queue = new BlockingCollection<LogEvent>(QueueBound);
        var readers = new List<Thread>();
        var started = new CountdownEvent(follow.Count + listeners.Count);
        foreach (var path in follow)
        {
            readers.Add(Start($"follow {path}", () => Follow(path, queue, started, cancellationToken)));
        }

        foreach (var listener in listeners)
        {
            readers.Add(Start($"listen {listener.Address}", () => Listen(listener, queue, started, cancellationToken)));
        }

        started.Wait(cancellationToken);
        Ready?.Invoke();
        var checkpointed = Environment.TickCount64;
        try
        {
            foreach (var logEvent in queue.GetConsumingEnumerable(cancellationToken))
            {
                foreach (var result in engine.Evaluate(logEvent))
                {
                    report(result);
                }

                if (Checkpoint is not null && Environment.TickCount64 - checkpointed >= CheckpointEvery.TotalMilliseconds)
                {
                    Checkpoint();
                    checkpointed = Environment.TickCount64;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped.
        }

        Checkpoint?.Invoke();

        readers.ForEach(r => r.Join(TimeSpan.FromSeconds(5)));
    }

    private void Follow(string path, BlockingCollection<LogEvent> queue, CountdownEvent started, CancellationToken cancellationToken)
    {
        var follower = new LogFollower(path, poll);
        follower.Following += () => started.Signal();
        using var lines = follower.Lines(cancellationToken).Where(l => l.Text.Length > 0).GetEnumerator();
        var sample = FirstLines(path);
        var pending = new List<(long Line, string Text)>();

        // An empty log says nothing about its format yet: the first line written to it decides.
        if (formatId is null && sample.Count == 0 && lines.MoveNext())
        {
            pending.Add(lines.Current);
            sample.Add(lines.Current.Text);
        }

        var format = formatId is not null ? LogFormats.Find(formatId)! : FormatSniffer.Pick(LogFormats.All, sample, FormatSniffer.NameOf(path));
        Feed(format.Parse(pending.Concat(Rest(lines)), path), queue, cancellationToken);
    }

    private void Listen(SyslogListener listener, BlockingCollection<LogEvent> queue, CountdownEvent started, CancellationToken cancellationToken)
    {
        using var messages = new BlockingCollection<(long Line, string Text)>(QueueBound);
        var receiving = new Thread(() =>
        {
            long number = 0;
            try
            {
                listener.Receive(m => messages.Add((++number, m), cancellationToken), cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopped while the parser was behind.
            }
            finally
            {
                messages.CompleteAdding();
            }
        }) { IsBackground = true, Name = "receive " + listener.Address };
        receiving.Start();
        started.Signal();
        var format = LogFormats.Find(formatId ?? "syslog")!;
        Feed(format.Parse(messages.GetConsumingEnumerable(cancellationToken), listener.Address), queue, cancellationToken);

        // The receiving thread stops once cancellation closes the socket; only then may its queue go.
        receiving.Join();
    }

    private void Feed(IEnumerable<LogEvent> events, BlockingCollection<LogEvent> queue, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var logEvent in events)
            {
                queue.Add(logEvent, cancellationToken);
                Interlocked.Increment(ref _events);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped.
        }
    }

    private static IEnumerable<(long Line, string Text)> Rest(IEnumerator<(long Line, string Text)> lines)
    {
        while (lines.MoveNext())
        {
            yield return lines.Current;
        }
    }

    private static List<string> FirstLines(string path)
    {
        try
        {
            return [.. File.ReadLines(path).Where(l => l.Length > 0).Take(FormatSniffer.SampleLines)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static Thread Start(string name, Action body)
    {
        var thread = new Thread(() => body()) { IsBackground = true, Name = name };
        thread.Start();
        return thread;
    }
}
