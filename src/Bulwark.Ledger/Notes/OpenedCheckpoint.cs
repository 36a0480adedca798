namespace Bulwark.Ledger.Notes;

/// <summary>A checkpoint whose log signature has been verified, with the note it came in.</summary>
/// <param name="Checkpoint">The parsed body.</param>
/// <param name="Note">The whole note, so witness cosignatures and other lines stay available.</param>
/// <param name="Log">The log key whose signature verified.</param>
public sealed record OpenedCheckpoint(Checkpoint Checkpoint, SignedNote Note, NoteVerifier Log)
{
    /// <summary>Every signature line but the log's own: cosignatures, and lines from keys this reader does not know.</summary>
    public IReadOnlyList<NoteSignature> OtherSignatures =>
        [.. Note.Signatures.Where(s => s.Name != Log.Name || s.KeyId != Log.KeyId)];
}
