using Bulwark.Ledger.Notes;

namespace Bulwark.Ledger.Verification;

/// <summary>A checkpoint kept outside the log (by a witness, in a ticket, on another host), already signature-checked.</summary>
/// <param name="Checkpoint">What it vouches for.</param>
/// <param name="Source">Where it came from, for messages.</param>
public sealed record TrustedCheckpoint(Checkpoint Checkpoint, string Source);
