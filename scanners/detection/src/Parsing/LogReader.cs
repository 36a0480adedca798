using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>
/// Reads logs into events: opens a file (plain or gzip) or standard input, chooses the format (the one asked for by
/// id, or the best sniffed from the first <see cref="FormatSniffer.SampleLines"/> non-blank lines and the file name),
/// and streams the format's events while counting lines, events and raw events in <see cref="Statistics"/>.
/// </summary>
/// <remarks>
/// Blank lines are counted but make no event. Every other line ends up in an event: the format's own, or a raw one
/// when the format could not read it.
/// </remarks>
/// <param name="formats">The formats to choose from (all by default).</param>
/// <param name="statistics">Where to count (a new one by default).</param>
/// <param name="fieldsRead">Per format id, the only fields the caller looks at (null: all); a format that can read just those does.</param>
internal sealed class LogReader(IReadOnlyList<ILogFormat>? formats = null, ParseStatistics? statistics = null, Func<string, IReadOnlySet<string>?>? fieldsRead = null)
{
    private readonly IReadOnlyList<ILogFormat> _formats = formats ?? LogFormats.All;

    public ParseStatistics Statistics { get; } = statistics ?? new ParseStatistics();

    /// <summary>Opens <paramref name="path"/> (<c>-</c>: standard input) with the format <paramref name="formatId"/>, or a sniffed one when null.</summary>
    public OpenedLog Open(string path, string? formatId = null)
    {
        var format = formatId is null ? null : LogFormats.Find(formatId, _formats);
        if (formatId is not null && format is null)
        {
            return OpenedLog.Failed(path, $"reading log {path}: unknown log format '{formatId}' (known: {KnownIds()})");
        }

        var stream = LogInput.Open(path, out var error);
        return stream is null ? OpenedLog.Failed(path, error!) : Start(stream, path, format);
    }

    /// <summary>Reads an already open <paramref name="stream"/> (decompressed when it is gzip) as <paramref name="source"/>.</summary>
    public OpenedLog Open(Stream stream, string source, ILogFormat? format = null) =>
        Start(LogInput.Decompressed(stream, source), source, format);

    private OpenedLog Start(Stream stream, string source, ILogFormat? format)
    {
        var lines = Utf8LineReader.Read(stream).GetEnumerator();
        var sample = new List<LogLine>();
        ILogFormat chosen;
        try
        {
            chosen = format ?? Sniff(lines, sample, source);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException)
        {
            stream.Dispose();
            return OpenedLog.Failed(source, $"reading log {source}: {exception.Message}");
        }

        var counts = Statistics.For(chosen.Id);
        counts.Files++;
        if (chosen is IProjectingFormat projecting && fieldsRead?.Invoke(chosen.Id) is { } fields)
        {
            chosen = projecting.Reading(fields);
        }

        return OpenedLog.Of(source, chosen, NonBlank(sample, lines, counts), counts, stream);
    }

    private ILogFormat Sniff(IEnumerator<LogLine> lines, List<LogLine> sample, string source)
    {
        var texts = new List<string>(FormatSniffer.SampleLines);
        while (texts.Count < FormatSniffer.SampleLines && lines.MoveNext())
        {
            var line = lines.Current.Kept();
            sample.Add(line);
            if (!line.IsBlank())
            {
                texts.Add(line.Decoded());
            }
        }

        return FormatSniffer.Pick(_formats, texts, FormatSniffer.NameOf(source));
    }

    // The lines read while sniffing come first, then the rest of the input, from the same enumerator.
    private static IEnumerable<LogLine> NonBlank(List<LogLine> sample, IEnumerator<LogLine> rest, FormatStatistics counts)
    {
        foreach (var line in sample)
        {
            if (Counted(line, counts))
            {
                yield return line;
            }
        }

        using (rest)
        {
            while (rest.MoveNext())
            {
                if (Counted(rest.Current, counts))
                {
                    yield return rest.Current;
                }
            }
        }
    }

    private static bool Counted(LogLine line, FormatStatistics counts)
    {
        counts.Lines++;
        if (!line.IsBlank())
        {
            return true;
        }

        counts.Blank++;
        return false;
    }

    private string KnownIds() => string.Join(", ", _formats.Select(f => f.Id));
}
