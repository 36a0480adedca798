using System.Runtime.ExceptionServices;
using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>
/// Reads a line format's log on several threads: the calling thread reads lines into batches, workers parse each
/// batch and do the caller's per-event work on it, and the results come back in the log's order. At most
/// <c>2 × threads</c> batches are in flight, so memory stays bounded however long the log.
/// </summary>
/// <remarks>
/// A read error (a truncated gzip file) ends the input, not the work already under way: the batches read before it
/// are finished and returned, then the error is thrown for the caller to report.
/// </remarks>
internal static class ParallelLines
{
    public const int BatchSize = 1024;

    public static IEnumerable<(LogEvent Event, T Result)> Read<T>(
        IEnumerator<LogLine> lines, Func<LogLine, LogEvent> parse, Func<LogEvent, T> work, int threads)
    {
        var inFlight = new Queue<Task<(LogEvent, T)[]>>();
        Exception? failure = null;
        while (failure is null)
        {
            var batch = new List<LogLine>(BatchSize);
            try
            {
                while (batch.Count < BatchSize && lines.MoveNext())
                {
                    batch.Add(lines.Current.Kept());
                }
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException)
            {
                failure = exception;
            }

            if (batch.Count > 0)
            {
                inFlight.Enqueue(Task.Run(() => Work(batch, parse, work)));
            }

            var ended = failure is not null || batch.Count < BatchSize;
            while (inFlight.Count > 0 && (ended || inFlight.Count > 2 * threads))
            {
                foreach (var done in inFlight.Dequeue().GetAwaiter().GetResult())
                {
                    yield return done;
                }
            }

            if (ended)
            {
                break;
            }
        }

        if (failure is not null)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    private static (LogEvent, T)[] Work<T>(List<LogLine> batch, Func<LogLine, LogEvent> parse, Func<LogEvent, T> work)
    {
        var results = new (LogEvent, T)[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var logEvent = parse(batch[i]);
            results[i] = (logEvent, work(logEvent));
        }

        return results;
    }
}
