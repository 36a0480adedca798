namespace Bulwark.Ledger.Shipping;

/// <summary>How far shipping has come: the next entry to send, and how many checkpoints have been sent.</summary>
/// <param name="NextIndex">The index of the first entry not yet acknowledged.</param>
/// <param name="CheckpointsShipped">How many of the ledger's checkpoints, oldest first, have been acknowledged.</param>
public readonly record struct ShipPosition(long NextIndex, long CheckpointsShipped);
