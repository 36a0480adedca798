using System.Text;
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
        var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var lines = LineReader.Read(reader).GetEnumerator();
        var sample = new List<(long Line, string Text)>();
        ILogFormat chosen;
        try
        {
            chosen = format ?? Sniff(lines, sample, source);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException)
        {
            reader.Dispose();
            return OpenedLog.Failed(source, $"reading log {source}: {exception.Message}");
        }

        var counts = Statistics.For(chosen.Id);
        counts.Files++;
        if (chosen is IProjectingFormat projecting && fieldsRead?.Invoke(chosen.Id) is { } fields)
        {
            chosen = projecting.Reading(fields);
        }

        return OpenedLog.Of(source, chosen, NonBlank(sample, lines, counts), counts, reader);
    }

    private ILogFormat Sniff(IEnumerator<(long Line, string Text)> lines, List<(long Line, string Text)> sample, string source)
    {
        var texts = new List<string>(FormatSniffer.SampleLines);
        while (texts.Count < FormatSniffer.SampleLines && lines.MoveNext())
        {
            sample.Add(lines.Current);
            if (!string.IsNullOrWhiteSpace(lines.Current.Text))
            {
                texts.Add(lines.Current.Text);
            }
        }

        return FormatSniffer.Pick(_formats, texts, FormatSniffer.NameOf(source));
    }

    // The lines read while sniffing come first, then the rest of the input, from the same enumerator.
    private static IEnumerable<(long Line, string Text)> NonBlank(
        List<(long Line, string Text)> sample, IEnumerator<(long Line, string Text)> rest, FormatStatistics counts)
    {
        foreach (var line in sample)
        {
            if (Counted(line.Text, counts))
            {
                yield return line;
            }
        }

        using (rest)
        {
            while (rest.MoveNext())
            {
                if (Counted(rest.Current.Text, counts))
                {
                    yield return rest.Current;
                }
            }
        }
    }

    private static bool Counted(string text, FormatStatistics counts)
    {
        counts.Lines++;
        if (!string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        counts.Blank++;
        return false;
    }

    private string KnownIds() => string.Join(", ", _formats.Select(f => f.Id));
}
