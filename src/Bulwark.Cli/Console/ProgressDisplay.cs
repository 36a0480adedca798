using System.Diagnostics;
using System.Globalization;
using Bulwark.Engine.Scanning;

namespace Bulwark.Cli.Console;

/// <summary>
/// Shows a running scan's progress on standard error (standard output carries the report): one line
/// rewritten in place on a terminal, a plain line every few seconds otherwise (CI logs), nothing when quiet.
/// </summary>
public sealed class ProgressDisplay : IAsyncDisposable
{
    private static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(150);
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    private readonly ScanProgress _progress;
    private readonly TextWriter _writer;
    private readonly bool _live;
    private readonly CancellationTokenSource _stop = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Task _loop;
    private long _lastBytes;
    private TimeSpan _lastTime;

    private ProgressDisplay(ScanProgress progress, TextWriter writer, bool live)
    {
        _progress = progress;
        _writer = writer;
        _live = live;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Starts showing progress, or returns null when nothing should be shown.</summary>
    public static ProgressDisplay? Start(ScanProgress progress, TextWriter writer, bool quiet, bool isTerminal) =>
        quiet ? null : new ProgressDisplay(progress, writer, isTerminal);

    /// <summary>Stops the display and leaves the terminal clean.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        if (_live)
        {
            _writer.Write("\r\u001b[2K");
        }
        else if (_clock.Elapsed > PlainInterval)
        {
            _writer.WriteLine(Line());
        }

        _writer.Flush();
        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(_live ? TerminalInterval : PlainInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                _writer.Write(_live ? "\r\u001b[2K" + Line() : Line() + Environment.NewLine);
                _writer.Flush();
            }
        }
        catch (OperationCanceledException)
        {
            // stopping is the normal end of the loop
        }
    }

    // The rate is the current one: bytes since the previous line over the time since it.
    private string Line()
    {
        var now = _clock.Elapsed;
        var bytes = _progress.BytesScanned;
        var rate = (bytes - _lastBytes) / 1048576.0 / Math.Max((now - _lastTime).TotalSeconds, 0.001);
        (_lastBytes, _lastTime) = (bytes, now);
        return string.Create(CultureInfo.InvariantCulture,
            $"scanning: {_progress.FilesScanned:N0} files, {bytes / 1048576.0:N1} MB, {rate:N1} MB/s, {_progress.FilesSkipped:N0} skipped, {_progress.Findings:N0} findings");
    }
}
