using Bulwark.Scanners.Detection.Anomalies;
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
    /// <param name="listen">The addresses to receive syslog on.</param>
    /// <param name="report">Called with each detection, from one thread.</param>
    /// <param name="ready">Called once every source is reading.</param>
    /// <param name="warn">Called with what did not stop detection but should be known (an unreadable anomaly state).</param>
    /// <param name="cancellationToken">Stops it.</param>
    public string? RunLive(IReadOnlyList<string> listen, Action<Finding> report, Action? ready, Action<string> warn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warn);
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

        foreach (var problem in LoadAnomalyState())
        {
            warn(problem);
        }

        var live = new LiveDetection(_settings.Engine, _settings.LogFormat, TimeSpan.FromMilliseconds(250))
        {
            Checkpoint = () =>
            {
                if (SaveAnomalyState() is { } unsaved)
                {
                    warn(unsaved);
                }
            },
        };
        if (ready is not null)
        {
            live.Ready += ready;
        }

        live.Run([.. _settings.Logs.Where(l => l != "-")], listeners, result => report(DetectionFindings.For(result)), cancellationToken);
        return null;
    }

    private IReadOnlyList<string> LoadAnomalyState() =>
        _settings.AnomalyStatePath is { } path && _settings.Engine.AnomalyCount > 0 ? AnomalyState.Load(path, _settings.Engine.Anomalies) : [];

    private string? SaveAnomalyState() =>
        _settings.AnomalyStatePath is { } path && _settings.Engine.AnomalyCount > 0 ? AnomalyState.Save(path, _settings.Engine.Anomalies) : null;

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

        foreach (var problem in LoadAnomalyState())
        {
            sink.Note(new ScanNote(Info.Id, problem, IsWarning: true));
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

        if (SaveAnomalyState() is { } unsaved)
        {
            sink.Note(new ScanNote(Info.Id, unsaved, IsWarning: true));
        }

        var stats = reader.Statistics;
        var formats = string.Join(", ", stats.ByFormat.Where(f => f.Value.Events > 0).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Value.Events} {f.Key}"));
        sink.Note(new ScanNote(Info.Id, $"{_settings.Engine.RuleCount} rules and {_settings.Correlations} correlations over {_settings.Logs.Count} logs: {stats.Lines} lines, {stats.Events} events ({formats}), {stats.Raw} lines no format could read (kept as raw events); {detections} detections"));
        return ValueTask.CompletedTask;
    }
}
