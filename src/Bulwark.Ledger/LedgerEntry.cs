using Bulwark.Ledger.Events;
using Bulwark.Ledger.Merkle;

namespace Bulwark.Ledger;

/// <summary>One stored entry: its index (leaf number), where it sits in the file, its canonical bytes and its event.</summary>
/// <param name="Index">The entry's number, from 0.</param>
/// <param name="Offset">The byte offset of its record in the ledger file.</param>
/// <param name="Bytes">The canonical JSON that was hashed.</param>
public sealed record LedgerEntry(long Index, long Offset, byte[] Bytes)
{
    /// <summary>The leaf hash: SHA-256(0x00 || bytes).</summary>
    public Hash LeafHash => Hash.Leaf(Bytes);

    /// <summary>The event, parsed from the bytes.</summary>
    public LedgerEvent Event => EventParser.Parse(Bytes).Event ?? throw new InvalidDataException($"entry {Index} at byte {Offset} is not a valid event");
}
