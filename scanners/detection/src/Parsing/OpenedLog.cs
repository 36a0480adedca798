using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>
/// A log the <see cref="LogReader"/> opened: which format reads it (or why it could not be opened), and its events,
/// streamed once. Dispose it to close the file even when the events were not read to the end.
/// </summary>
internal sealed class OpenedLog : IDisposable
{
    private readonly IEnumerable<LogLine> _lines;
    private readonly FormatStatistics? _counts;
    private readonly IDisposable? _input;
    private bool _read;

    private OpenedLog(string source, ILogFormat? format, string? error, IEnumerable<LogLine> lines, FormatStatistics? counts, IDisposable? input)
    {
        Source = source;
        Format = format;
        Error = error;
        _lines = lines;
        _counts = counts;
        _input = input;
    }

    /// <summary>The path given (<c>-</c> for standard input).</summary>
    public string Source { get; }

    /// <summary>The format chosen (by id or by sniffing); null when the log could not be opened.</summary>
    public ILogFormat? Format { get; }

    /// <summary>
    /// Why the log could not be opened, or why reading stopped early (a truncated gzip file); null when it was read.
    /// The events before a read error are kept.
    /// </summary>
    public string? Error { get; private set; }

    public static OpenedLog Failed(string source, string error) => new(source, null, error, [], null, null);

    /// <param name="lines">The non-blank numbered lines to read, in one pass.</param>
    /// <param name="counts">Where the format's events and raw events are counted.</param>
    public static OpenedLog Of(string source, ILogFormat format, IEnumerable<LogLine> lines, FormatStatistics counts, IDisposable input) =>
        new(source, format, null, lines, counts, input);

    /// <summary>The events, in one pass (none when <see cref="Error"/> is set); the input is closed at the end.</summary>
    public IEnumerable<LogEvent> Events() => Events(static _ => false, 1).Select(e => e.Event);

    /// <summary>
    /// The events, each with what <paramref name="work"/> made of it, in one pass and in the log's order. A line format is
    /// read on <paramref name="threads"/> threads (<see cref="ParallelLines"/>), <paramref name="work"/> included, so it
    /// must be safe to run on several events at once; other formats are read on the calling thread.
    /// </summary>
    public IEnumerable<(LogEvent Event, T Result)> Events<T>(Func<LogEvent, T> work, int threads)
    {
        if (_read)
        {
            throw new InvalidOperationException($"the events of {Source} were already read; open the log again to reread it");
        }

        _read = true;
        if (Format is null)
        {
            return [];
        }

        var source = Source;
        Func<LogLine, LogEvent>? one = Format switch
        {
            IUtf8LineFormat utf8 => line => LineByLine.One(line, source, utf8),
            ILineFormat text => line => LineByLine.One(line.Number, line.Decoded(), source, text.ParseLine),
            _ => null,
        };
        if (one is null)
        {
            return Read(Format.Parse(_lines.Select(l => (l.Number, l.Decoded())), Source).Select(e => (e, work(e))));
        }

        return Read(threads > 1
            ? ParallelLines.Read(_lines.GetEnumerator(), one, work, threads)
            : _lines.Select(l => one(Format is IUtf8LineFormat ? l.Kept() : l)).Select(e => (e, work(e))));
    }

    public void Dispose() => _input?.Dispose();

    private IEnumerable<(LogEvent Event, T Result)> Read<T>(IEnumerable<(LogEvent Event, T Result)> read)
    {
        try
        {
            using var events = read.GetEnumerator();
            while (true)
            {
                try
                {
                    if (!events.MoveNext())
                    {
                        break;
                    }
                }
                catch (Exception exception) when (exception is IOException or InvalidDataException)
                {
                    Error = $"reading log {Source}: {exception.Message}";
                    break;
                }

                _counts!.Events++;
                if (events.Current.Event.Format == RawEvent.FormatId)
                {
                    _counts.Raw++;
                }

                yield return events.Current;
            }
        }
        finally
        {
            Dispose();
        }
    }
}
