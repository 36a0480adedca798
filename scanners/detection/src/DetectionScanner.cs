using Bulwark.Scanners.Detection.Live;
using Bulwark.Scanners.Detection.Parsing;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Detection;

/// <summary>
/// <c>bulwark detect</c> as a scanner: it reads no files of the scan's source; in <see cref="FinishAsync"/> it reads each
/// log (an unreadable one is an error, the others are still read), runs every event through the engine, and reports each
/// detection as a finding carrying its events. Rules refused at load time are warnings, so none is silently ignored.
/// </summary>
public sealed class DetectionScanner : IScanner
{
    private readonly DetectionSettings _settings;

    internal DetectionScanner(ScannerInfo info, DetectionSettings settings)
    {
        Info = info;
        _settings = settings;
    }

    /// <inheritdoc />
    public ScannerInfo Info { get; }

    /// <inheritdoc />
    public IReadOnlyList<RuleInfo> Rules => [];

    /// <summary>The log files to read.</summary>
    public IReadOnlyList<string> Logs => _settings.Logs;

    /// <summary>
    /// Live detection until cancelled: follows the logs (across rotation) and receives syslog on each listen address
    /// (<c>udp://HOST:PORT</c>, <c>tcp://HOST:PORT</c>), reporting each detection as it happens. Returns why it could not
    /// start (an address that cannot be bound), or null once stopped.
    /// </summary>
    public string? RunLive(IReadOnlyList<string> listen, Action<Finding> report, Action? ready, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listen);
        var listeners = new List<SyslogListener>();
        foreach (var address in listen)
        {
            var (listener, problem) = SyslogListener.Bind(address);
            if (listener is null)
            {
                listeners.ForEach(l => l.Socket.Dispose());
                return problem;
            }

            listeners.Add(listener);
        }

        var live = new LiveDetection(_settings.Engine, _settings.LogFormat, TimeSpan.FromMilliseconds(250));
        if (ready is not null)
        {
            live.Ready += ready;
        }

        live.Run([.. _settings.Logs.Where(l => l != "-")], listeners, result => report(DetectionFindings.For(result)), cancellationToken);
        return null;
    }

    /// <summary>Rules refused at load time, with file, line and reason.</summary>
    public IReadOnlyList<ConfigProblem> Refused => _settings.Refused;

    /// <inheritdoc />
    public bool Wants(SourceFile file) => false;

    /// <inheritdoc />
    public ValueTask ScanAsync(SourceFile file, ScanContent content, IFindingSink sink, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <inheritdoc />
    public ValueTask FinishAsync(IFindingSink sink, CancellationToken cancellationToken)
    {
        foreach (var refused in _settings.Refused)
        {
            sink.Note(new ScanNote(Info.Id, "rule refused: " + refused, IsWarning: true));
        }

        var reader = new LogReader(fieldsRead: _settings.Engine.FieldsRead);
        long detections = 0;
        foreach (var path in _settings.Logs)
        {
            using var log = reader.Open(path, _settings.LogFormat);
            if (log.Error is { } failed && log.Format is null)
            {
                sink.Error(path, failed);
                continue;
            }

            // Parsing and rule matching run on several threads; what remembers earlier events (correlations, rate
            // rules) sees them here, one at a time and in order.
            foreach (var (logEvent, matched) in log.Events(_settings.Engine.Match, _settings.Threads))
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var result in _settings.Engine.Conclude(logEvent, matched))
                {
                    sink.Add(DetectionFindings.For(result));
                    detections++;
                }
            }

            if (log.Error is { } damaged)
            {
                sink.Error(path, damaged);
            }
        }

        var stats = reader.Statistics;
        var formats = string.Join(", ", stats.ByFormat.Where(f => f.Value.Events > 0).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Value.Events} {f.Key}"));
        sink.Note(new ScanNote(Info.Id, $"{_settings.Engine.RuleCount} rules and {_settings.Correlations} correlations over {_settings.Logs.Count} logs: {stats.Lines} lines, {stats.Events} events ({formats}), {stats.Raw} lines no format could read (kept as raw events); {detections} detections"));
        return ValueTask.CompletedTask;
    }
}
