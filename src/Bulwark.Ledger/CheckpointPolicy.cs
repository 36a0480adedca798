using Bulwark.Ledger.Notes;

namespace Bulwark.Ledger;

/// <summary>
/// When a writer signs checkpoints by itself: after so many new entries or so much time since the last one,
/// checked at each commit. A long-running writer so never leaves much of the log unvouched for.
/// </summary>
/// <param name="Signer">The log's key.</param>
/// <param name="EveryEntries">Sign once this many entries were committed since the last checkpoint.</param>
/// <param name="EveryInterval">Sign once this much time has passed since the last checkpoint (with new entries).</param>
public sealed record CheckpointPolicy(NoteSigner Signer, long EveryEntries, TimeSpan EveryInterval)
{
    /// <summary>The clock the interval is measured on.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
