namespace Bulwark.Ledger.Storage;

/// <summary>What a record in the ledger file holds.</summary>
public enum RecordKind : byte
{
    /// <summary>An audit event in canonical JSON: a leaf of the Merkle tree.</summary>
    Entry = 1,

    /// <summary>A signed checkpoint note (c2sp.org/tlog-checkpoint) over the entries before it.</summary>
    Checkpoint = 2,
}
