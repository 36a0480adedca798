namespace Bulwark.Ledger;

/// <summary>
/// The ledger is one file; beside it sit caches derived from it (and rebuilt from it whenever they disagree):
/// entry offsets, checkpoint offsets, the tree's node hashes, and the writer's lock.
/// </summary>
/// <param name="Ledger">The ledger file.</param>
public sealed record LedgerPaths(string Ledger)
{
    /// <summary>Entry offsets.</summary>
    public string Entries => Ledger + ".idx";

    /// <summary>Checkpoint offsets.</summary>
    public string Checkpoints => Ledger + ".cps";

    /// <summary>Perfect-subtree hashes in post-order.</summary>
    public string Tree => Ledger + ".tree";

    /// <summary>Held by the one writer; present after a crash, which makes the next open check the caches' tails.</summary>
    public string Lock => Ledger + ".lock";

    /// <summary>Every cache file.</summary>
    public IEnumerable<string> Caches => [Entries, Checkpoints, Tree];
}
