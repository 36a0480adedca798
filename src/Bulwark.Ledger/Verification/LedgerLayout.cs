namespace Bulwark.Ledger.Verification;

/// <summary>Where a ledger's records are, as the framing-only first pass of verification finds them.</summary>
internal sealed class LedgerLayout
{
    /// <summary>The byte offset of every entry, in order.</summary>
    public List<long> EntryOffsets { get; } = [];

    /// <summary>Every checkpoint record: its offset, how many entries precede it, and its note text.</summary>
    public List<(long Offset, long PrecedingEntries, string Note)> Checkpoints { get; } = [];

    /// <summary>Entries after the last checkpoint record.</summary>
    public long EntriesAfterLastCheckpoint => EntryOffsets.Count - (Checkpoints.Count == 0 ? 0 : Checkpoints[^1].PrecedingEntries);
}
