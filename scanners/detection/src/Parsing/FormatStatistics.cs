namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>What the <see cref="LogReader"/> read with one format: files, lines, events and raw (unparsed) events.</summary>
internal sealed class FormatStatistics
{
    public long Files { get; internal set; }

    /// <summary>Every line read, blank ones included.</summary>
    public long Lines { get; internal set; }

    /// <summary>Empty or whitespace-only lines: read and counted, but no event.</summary>
    public long Blank { get; internal set; }

    /// <summary>Every event yielded, raw ones included.</summary>
    public long Events { get; internal set; }

    /// <summary>Events for lines the format could not read (format <c>raw</c>).</summary>
    public long Raw { get; internal set; }
}
