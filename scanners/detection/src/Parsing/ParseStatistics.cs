namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>
/// Counts of what a <see cref="LogReader"/> read, per format chosen and in total, so a report can say how much of a
/// log was understood (a file that is mostly raw events usually means the wrong format). Not thread-safe: one per
/// reader.
/// </summary>
internal sealed class ParseStatistics
{
    private readonly SortedDictionary<string, FormatStatistics> _byFormat = new(StringComparer.Ordinal);

    /// <summary>The counts by the id of the format the lines were read with.</summary>
    public IReadOnlyDictionary<string, FormatStatistics> ByFormat => _byFormat;

    public long Lines => Sum(s => s.Lines);

    public long Blank => Sum(s => s.Blank);

    public long Events => Sum(s => s.Events);

    public long Raw => Sum(s => s.Raw);

    /// <summary>The counts for <paramref name="formatId"/>, created at zero.</summary>
    public FormatStatistics For(string formatId)
    {
        if (!_byFormat.TryGetValue(formatId, out var statistics))
        {
            statistics = new FormatStatistics();
            _byFormat.Add(formatId, statistics);
        }

        return statistics;
    }

    private long Sum(Func<FormatStatistics, long> count)
    {
        var total = 0L;
        foreach (var statistics in _byFormat.Values)
        {
            total += count(statistics);
        }

        return total;
    }
}
