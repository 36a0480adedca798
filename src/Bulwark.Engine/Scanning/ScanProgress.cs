namespace Bulwark.Engine.Scanning;

/// <summary>Live counters of a running scan, updated by the workers and read by whoever shows progress.</summary>
public sealed class ScanProgress
{
    private long _filesScanned;
    private long _bytesScanned;
    private long _filesSkipped;
    private long _findings;

    /// <summary>Files whose content has been scanned.</summary>
    public long FilesScanned => Interlocked.Read(ref _filesScanned);

    /// <summary>Bytes of content scanned.</summary>
    public long BytesScanned => Interlocked.Read(ref _bytesScanned);

    /// <summary>Files skipped (excluded, binary, too large, unwanted).</summary>
    public long FilesSkipped => Interlocked.Read(ref _filesSkipped);

    /// <summary>Findings so far, before suppressions and baseline.</summary>
    public long Findings => Interlocked.Read(ref _findings);

    /// <summary>True once every file has been handled.</summary>
    public bool Completed { get; internal set; }

    internal void Scanned(long bytes, int findings)
    {
        Interlocked.Increment(ref _filesScanned);
        Interlocked.Add(ref _bytesScanned, bytes);
        Interlocked.Add(ref _findings, findings);
    }

    internal void Skipped() => Interlocked.Increment(ref _filesSkipped);
}
