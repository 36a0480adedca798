using Bulwark.Ledger.Notes;

namespace Bulwark.Ledger.Tests.Shipping;

/// <summary>Builds ledgers to ship: numbered events (every tenth with non-ASCII text) and checkpoints signed with a real log key.</summary>
internal static class ShipLedgers
{
    public const string Origin = "ship.example/audit";

    /// <summary>Appends events up to <paramref name="size"/> entries, signing a checkpoint at each size in <paramref name="checkpointsAt"/>.</summary>
    public static void Grow(string path, NoteSigner signer, int size, params int[] checkpointsAt)
    {
        using var ledger = (File.Exists(path) ? Ledger.Open(path, writable: true) : Ledger.Create(path, Origin)).Value!;
        while (ledger.Size < size)
        {
            var n = (int)ledger.Size;
            var entry = n % 10 == 0 ? TestEvents.Make(n) with { Reason = $"revue n° {n} — approuvée" } : TestEvents.Make(n);
            Assert.True(ledger.Append(entry).Succeeded);
            if (checkpointsAt.Contains(n + 1))
            {
                ledger.Commit();
                ledger.AppendCheckpoint(CheckpointNote.Sign(new Checkpoint(Origin, n + 1, ledger.RootAt(n + 1)), signer));
            }
        }

        ledger.Commit();
    }
}
