using System.Threading.Channels;
using Bulwark.Engine.Paths;
using Bulwark.Engine.Suppressions;
using Bulwark.Sdk;

namespace Bulwark.Engine.Scanning;

/// <summary>
/// Reads every file of a source once and hands its content to each scanner that wants it, several files at a
/// time. One enumerating producer feeds a bounded channel; each worker owns its read buffers. A file that
/// cannot be read or scanned becomes a <see cref="ScanError"/> and the scan goes on.
/// </summary>
public sealed class ScanRunner(IReadOnlyList<IScanner> scanners, ScanLimits limits, PathFilter exclusions)
{
    private readonly Lock _gate = new();
    private readonly List<Finding> _findings = [];
    private readonly List<SuppressedFinding> _inline = [];
    private readonly List<ScanError> _errors = [];
    private readonly List<ScanNote> _notes = [];
    private readonly List<ReportComponent> _components = [];
    private readonly List<ReportCheck> _checks = [];
    private long _binary;
    private long _tooLarge;
    private long _unwanted;

    /// <summary>Scans <paramref name="source"/>, updating <paramref name="progress"/> as it goes.</summary>
    public async Task<ScanOutcome> RunAsync(IFileSource source, ScanProgress progress, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<SourceFile>(new BoundedChannelOptions(256) { SingleWriter = true });
        var producer = Task.Run(() => Produce(source, channel.Writer, progress, cancellationToken), cancellationToken);
        var workers = Enumerable.Range(0, Math.Max(1, limits.Threads))
            .Select(_ => Task.Run(() => ConsumeAsync(channel.Reader, progress, cancellationToken), cancellationToken))
            .ToArray();
        await producer.ConfigureAwait(false);
        await Task.WhenAll(workers).ConfigureAwait(false);
        await FinishAsync(cancellationToken).ConfigureAwait(false);
        progress.Completed = true;
        return new ScanOutcome
        {
            Findings = _findings,
            InlineSuppressed = _inline,
            Notes = _notes,
            Components = _components,
            Checks = _checks,
            Errors = [.. _errors.OrderBy(e => e.Path, StringComparer.Ordinal)],
            Statistics = new ScanStatistics
            {
                FilesScanned = progress.FilesScanned,
                BytesScanned = progress.BytesScanned,
                SkippedBinary = _binary,
                SkippedTooLarge = _tooLarge,
                SkippedExcluded = _unwanted + exclusions.ExcludedCount,
            },
        };
    }

    private void Produce(IFileSource source, ChannelWriter<SourceFile> writer, ScanProgress progress, CancellationToken cancellationToken)
    {
        var errors = new FileFindings();
        try
        {
            foreach (var file in source.Enumerate(errors, cancellationToken))
            {
                if (exclusions.IsExcluded(file.Path))
                {
                    progress.Skipped();
                    continue;
                }

                if (!scanners.Any(s => s.Wants(file)))
                {
                    Interlocked.Increment(ref _unwanted);
                    progress.Skipped();
                    continue;
                }

                if (file.Size > limits.MaxFileSize)
                {
                    Interlocked.Increment(ref _tooLarge);
                    progress.Skipped();
                    continue;
                }

                // Blocking here is the back-pressure: the walk never runs far ahead of the workers.
                while (!writer.TryWrite(file))
                {
                    writer.WaitToWriteAsync(cancellationToken).AsTask().GetAwaiter().GetResult();
                }
            }
        }
        finally
        {
            writer.Complete();
            lock (_gate)
            {
                _errors.AddRange(errors.Errors);
            }
        }
    }

    private async Task ConsumeAsync(ChannelReader<SourceFile> reader, ScanProgress progress, CancellationToken cancellationToken)
    {
        using var buffers = new FileContentReader();
        await foreach (var file in reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var results = new FileFindings();
            try
            {
                await ScanFileAsync(file, buffers, results, progress, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                results.Error(file.Path, "cannot read file: " + e.Message);
                progress.Skipped();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A source's defect on one file (a missing git object, say) costs that file: a worker that died
                // here would leave the producer waiting for ever on a full channel.
                results.Error(file.Path, $"cannot read file: {e.GetType().Name}: {e.Message}");
                progress.Skipped();
            }

            Collect(results);
        }
    }

    private async Task ScanFileAsync(SourceFile file, FileContentReader buffers, FileFindings results, ScanProgress progress, CancellationToken cancellationToken)
    {
        ContentKind kind;
        using (var stream = file.OpenRead())
        {
            kind = buffers.Read(stream, file.Size, limits.MaxFileSize);
        }

        if (kind != ContentKind.Text)
        {
            var whole = scanners.Where(s => s.Wants(file) && s.ReadsWhole(file)).ToList();
            if (whole.Count > 0)
            {
                await ScanWholeAsync(file, whole, results, progress, cancellationToken).ConfigureAwait(false);
                return;
            }

            Interlocked.Increment(ref kind == ContentKind.Binary ? ref _binary : ref _tooLarge);
            progress.Skipped();
            return;
        }

        var content = new ScanContent(buffers.Bytes, buffers.Text);
        foreach (var scanner in scanners)
        {
            if (!scanner.Wants(file))
            {
                continue;
            }

            try
            {
                await scanner.ScanAsync(file, content, results, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A scanner's defect costs this file's findings from that scanner, never the scan.
                results.Error(file.Path, $"the {scanner.Info.Id} scanner failed on this file: {e.GetType().Name}: {e.Message}");
            }
        }

        progress.Scanned(buffers.Bytes.Length, results.Findings.Count);
        if (results.Findings.Count > 0)
        {
            Sift(file, content, results);
        }
    }

    // A binary or oversized file some scanner reads anyway (a package database): all its bytes, no text.
    private static async Task ScanWholeAsync(SourceFile file, List<IScanner> whole, FileFindings results, ScanProgress progress, CancellationToken cancellationToken)
    {
        byte[] bytes;
        using (var stream = file.OpenRead())
        using (var buffer = new MemoryStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            bytes = buffer.ToArray();
        }

        var content = new ScanContent(bytes, ReadOnlyMemory<char>.Empty);
        foreach (var scanner in whole)
        {
            try
            {
                await scanner.ScanAsync(file, content, results, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                results.Error(file.Path, $"the {scanner.Info.Id} scanner failed on this file: {e.GetType().Name}: {e.Message}");
            }
        }

        progress.Scanned(bytes.Length, results.Findings.Count);
    }

    // Keeps what the change touched, and moves findings an inline marker covers aside, while the text is at hand.
    private void Sift(SourceFile file, ScanContent content, FileFindings results)
    {
        var kept = new List<Finding>(results.Findings.Count);
        foreach (var finding in results.Findings)
        {
            if (file.ChangedLines is { } changed && finding.Location.StartLine > 0
                && !changed.Any(r => r.Overlaps(finding.Location.StartLine, finding.Location.EndLine)))
            {
                continue;
            }

            if (InlineMarkers.Find(finding, content.Lines) is { } suppressed)
            {
                lock (_gate)
                {
                    _inline.Add(suppressed);
                }

                continue;
            }

            kept.Add(finding);
        }

        results.Findings.Clear();
        results.Findings.AddRange(kept);
    }

    // Scanners whose checks span files report once every file has been read.
    private async Task FinishAsync(CancellationToken cancellationToken)
    {
        foreach (var scanner in scanners)
        {
            var results = new FileFindings();
            try
            {
                await scanner.FinishAsync(results, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                results.Error("(scan)", $"the {scanner.Info.Id} scanner failed while finishing: {e.GetType().Name}: {e.Message}");
            }

            Collect(results);
        }
    }

    private void Collect(FileFindings results)
    {
        if (results.Findings.Count == 0 && results.Errors.Count == 0 && results.Suppressed.Count == 0 && results.Notes.Count == 0
            && results.Components.Count == 0 && results.Checks.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            _findings.AddRange(results.Findings);
            _errors.AddRange(results.Errors);
            _inline.AddRange(results.Suppressed);
            _notes.AddRange(results.Notes);
            _components.AddRange(results.Components);
            _checks.AddRange(results.Checks);
        }
    }
}
