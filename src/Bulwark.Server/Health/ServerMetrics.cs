namespace Bulwark.Server.Health;

/// <summary>What this process has done since it started, for <c>/metrics</c> (each server process is scraped on its own).</summary>
internal sealed class ServerMetrics
{
    private long _scans;
    private long _findings;
    private long _stateChanges;
    private long _refusedUploads;

    public long Scans => Interlocked.Read(ref _scans);

    public long Findings => Interlocked.Read(ref _findings);

    public long StateChanges => Interlocked.Read(ref _stateChanges);

    public long RefusedUploads => Interlocked.Read(ref _refusedUploads);

    public void Imported(int findings)
    {
        Interlocked.Increment(ref _scans);
        Interlocked.Add(ref _findings, findings);
    }

    public void Changed(int findings) => Interlocked.Add(ref _stateChanges, findings);

    public void Refused() => Interlocked.Increment(ref _refusedUploads);
}
