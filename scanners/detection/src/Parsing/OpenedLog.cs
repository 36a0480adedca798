using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>
/// A log the <see cref="LogReader"/> opened: which format reads it (or why it could not be opened), and its events,
/// streamed once. Dispose it to close the file even when the events were not read to the end.
/// </summary>
internal sealed class OpenedLog : IDisposable
{
    private readonly IEnumerable<LogEvent> _events;
    private readonly IDisposable? _input;
    private bool _read;

    private OpenedLog(string source, ILogFormat? format, string? error, IEnumerable<LogEvent> events, IDisposable? input)
    {
        Source = source;
        Format = format;
        Error = error;
        _events = events;
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

    public static OpenedLog Failed(string source, string error) => new(source, null, error, [], null);

    public static OpenedLog Of(string source, ILogFormat format, IEnumerable<LogEvent> events, IDisposable input) =>
        new(source, format, null, events, input);

    /// <summary>The events, in one pass (none when <see cref="Error"/> is set); the input is closed at the end.</summary>
    public IEnumerable<LogEvent> Events()
    {
        if (_read)
        {
            throw new InvalidOperationException($"the events of {Source} were already read; open the log again to reread it");
        }

        _read = true;
        return Read();
    }

    public void Dispose() => _input?.Dispose();

    private IEnumerable<LogEvent> Read()
    {
        try
        {
            using var events = _events.GetEnumerator();
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

                yield return events.Current;
            }
        }
        finally
        {
            Dispose();
        }
    }
}
