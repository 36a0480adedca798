using Bulwark.Ledger.Notes;
using Bulwark.Ledger.Verification;

namespace Bulwark.Ledger;

/// <summary>Signing the ledger's state, and the checkpoint opener verification uses.</summary>
public static class LedgerCheckpoints
{
    /// <summary>Commits what is pending, signs a checkpoint over every entry and appends it; returns the note.</summary>
    public static string Write(Ledger ledger, NoteSigner signer)
    {
        ledger.Commit();
        var note = CheckpointNote.Sign(new Checkpoint(ledger.Origin, ledger.CommittedSize, ledger.RootAt(ledger.CommittedSize)), signer);
        ledger.AppendCheckpoint(note);
        return note;
    }

    /// <summary>An opener that accepts checkpoints signed by <paramref name="log"/>.</summary>
    public static CheckpointOpener OpenerFor(NoteVerifier log) => note =>
    {
        var opened = CheckpointNote.Open(note, log);
        return (opened.Value?.Checkpoint, opened.Reason);
    };
}
