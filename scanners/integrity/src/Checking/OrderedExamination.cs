using System.Collections.Concurrent;
using Bulwark.Scanners.Integrity.Recording;
using Bulwark.Scanners.Integrity.Walking;

namespace Bulwark.Scanners.Integrity.Checking;

/// <summary>
/// Examines the paired paths on several threads per core while handing the results back in the walk's order, with a bounded
/// window in between: the walk runs ahead of the hashing by at most <see cref="Window"/> paths, so memory stays flat
/// however large the tree, and one large file holds up only the results behind it, not the other workers.
/// </summary>
internal static class OrderedExamination
{
    private const int Window = 256;

    // Four per core: with a cold page cache the workers mostly wait for the disk, and more reads in flight keep it busy
    // (measured on 2 cores and 100,000 files: 11.6 s cold with 2 workers, 8.0 s with 4, 7.0 s with 8; warm unchanged).
    private static readonly int Workers = Math.Min(64, Environment.ProcessorCount * 4);

    public static IEnumerable<(Entry? Before, Entry? After)> Run(IEnumerable<(Observed? Now, Entry? Before)> pairs, bool skipUnchanged, CancellationToken cancellationToken)
    {
        using var inOrder = new BlockingCollection<Slot>(Window);
        using var work = new BlockingCollection<Slot>(Window);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Exception? producerFailure = null;
        var producer = new Thread(() =>
        {
            try
            {
                foreach (var (now, before) in pairs)
                {
                    var slot = new Slot(now, before);
                    inOrder.Add(slot, stop.Token);
                    if (now is null)
                    {
                        slot.Finish(null);
                    }
                    else
                    {
                        work.Add(slot, stop.Token);
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early or the check was cancelled.
            }
            catch (Exception e)
            {
                producerFailure = e;
            }
            finally
            {
                inOrder.CompleteAdding();
                work.CompleteAdding();
            }
        }) { IsBackground = true, Name = "fim walk" };
        var workers = Enumerable.Range(0, Workers).Select(_ => new Thread(() =>
        {
            foreach (var slot in work.GetConsumingEnumerable())
            {
                try
                {
                    slot.Finish(Examiner.Examine(slot.Now!, slot.Before, skipUnchanged));
                }
                catch (Exception e)
                {
                    slot.Fail(e);
                }
            }
        }) { IsBackground = true, Name = "fim hash" }).ToList();
        producer.Start();
        workers.ForEach(w => w.Start());
        try
        {
            foreach (var slot in inOrder.GetConsumingEnumerable(cancellationToken))
            {
                yield return (slot.Before, slot.Await());
            }

            if (producerFailure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(producerFailure);
            }
        }
        finally
        {
            stop.Cancel();
            while (work.TryTake(out var pending))
            {
                pending.Finish(null);
            }

            producer.Join();
            workers.ForEach(w => w.Join());
        }
    }

    private sealed class Slot(Observed? now, Entry? before)
    {
        private readonly ManualResetEventSlim _done = new();
        private Entry? _result;
        private Exception? _failure;

        public Observed? Now { get; } = now;

        public Entry? Before { get; } = before;

        public void Finish(Entry? result)
        {
            _result = result;
            _done.Set();
        }

        public void Fail(Exception failure)
        {
            _failure = failure;
            _done.Set();
        }

        public Entry? Await()
        {
            _done.Wait();
            _done.Dispose();
            if (_failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
            }

            return _result;
        }
    }
}
