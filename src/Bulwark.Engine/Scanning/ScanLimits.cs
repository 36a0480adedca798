namespace Bulwark.Engine.Scanning;

/// <summary>How a scan reads files.</summary>
/// <param name="MaxFileSize">Files larger than this many bytes are skipped and counted.</param>
/// <param name="Threads">How many files are scanned at once.</param>
public sealed record ScanLimits(long MaxFileSize, int Threads)
{
    /// <summary>Ten mebibytes, all processors.</summary>
    public static ScanLimits Default { get; } = new(10L << 20, Environment.ProcessorCount);
}
