namespace Bulwark.Ledger.Storage;

/// <summary>How a sequential read of the ledger's records ended.</summary>
/// <param name="End">The offset just after the last valid record read.</param>
/// <param name="Damage">Where the first invalid record starts, or null when all records were valid.</param>
/// <param name="ResumesAt">After damage in the middle: where the next valid record starts; null when the damage runs to the end of the file.</param>
/// <param name="FileLength">The length of the file.</param>
public sealed record ScanEnd(long End, long? Damage, long? ResumesAt, long FileLength)
{
    /// <summary>True when the file ends in the middle of a record that was never completed: a torn last write.</summary>
    public bool TornTail => Damage is not null && ResumesAt is null;

    /// <summary>True when an invalid record is followed by valid ones: the file was damaged or edited, not torn.</summary>
    public bool DamagedInside => Damage is not null && ResumesAt is not null;
}
