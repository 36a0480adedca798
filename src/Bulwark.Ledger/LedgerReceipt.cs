using Bulwark.Ledger.Merkle;

namespace Bulwark.Ledger;

/// <summary>What an append returns: the entry's index and its leaf hash (durable once the ledger commits).</summary>
/// <param name="Index">The entry's number.</param>
/// <param name="LeafHash">SHA-256(0x00 || canonical bytes).</param>
public sealed record LedgerReceipt(long Index, Hash LeafHash);
