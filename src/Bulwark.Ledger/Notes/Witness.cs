using System.Globalization;
using Bulwark.Ledger.Merkle;

namespace Bulwark.Ledger.Notes;

/// <summary>
/// Cosigns a log's checkpoints only while the log stays append-only (c2sp.org/tlog-cosignature): each new
/// checkpoint must be the one it last saw, or extend it by a verified consistency proof. A reader that also
/// requires the witness's cosignature cannot be shown a rolled-back or forked log without the witness noticing.
/// </summary>
/// <remarks>One witness follows one log. Its memory is one state file; two processes must not share it.</remarks>
public sealed class Witness
{
    private readonly Cosigner _cosigner;
    private readonly NoteVerifier _log;
    private readonly string _statePath;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();

    /// <summary>A witness signing with <paramref name="key"/> for the log verified by <paramref name="log"/>, remembering in <paramref name="statePath"/>.</summary>
    public Witness(NoteSigner key, NoteVerifier log, string statePath, TimeProvider? clock = null)
    {
        _cosigner = new Cosigner(key);
        _log = log;
        _statePath = statePath;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>The cosignature vkey (<c>name+keyid+base64(0x04 || key)</c>) for clients' <see cref="CosignatureVerifier"/>.</summary>
    public string VerifierKey => _cosigner.VerifierKey;

    /// <summary>
    /// Checks <paramref name="signedCheckpoint"/> against what this witness last saw and, if the log is still
    /// append-only, returns the note with the witness's cosignature added. <paramref name="consistencyProof"/> is
    /// asked for the proof from the old size to the new one only when the checkpoint is larger; its exceptions propagate.
    /// </summary>
    public NoteResult<Cosigned> Cosign(string signedCheckpoint, Func<long, long, IReadOnlyList<Hash>> consistencyProof)
    {
        var opened = CheckpointNote.Open(signedCheckpoint, _log);
        if (!opened.Succeeded)
        {
            return NoteResult<Cosigned>.Fail(opened.Reason);
        }

        var checkpoint = opened.Value.Checkpoint;
        if (checkpoint.Size == 0 && checkpoint.Root != Hash.Empty)
        {
            return NoteResult<Cosigned>.Fail("malformed checkpoint: an empty log must have the empty tree's root hash");
        }

        lock (_gate)
        {
            var last = WitnessStateFile.Load(_statePath, out var unreadable);
            if (unreadable is not null)
            {
                return NoteResult<Cosigned>.Fail(unreadable);
            }

            if (last is not null && Refusal(checkpoint, last, consistencyProof) is { } refusal)
            {
                return NoteResult<Cosigned>.Fail(refusal);
            }

            var now = _clock.GetUtcNow();
            var note = opened.Value.Note.WithSignature(_cosigner.Sign(opened.Value.Note.Text, now));
            if (note.Signatures.Count > NoteText.MaxSignatures)
            {
                return NoteResult<Cosigned>.Fail($"the checkpoint already carries {NoteText.MaxSignatures} signatures; another would make it unreadable");
            }

            // Remember before answering: a cosignature must never be out while the state still holds the older view.
            if (WitnessStateFile.Save(_statePath, new WitnessState(checkpoint.Origin, checkpoint.Size, checkpoint.Root, now)) is { } unsaved)
            {
                return NoteResult<Cosigned>.Fail(unsaved);
            }

            return NoteResult<Cosigned>.Ok(new Cosigned(note.Serialize(), checkpoint, TrustedOnFirstUse: last is null));
        }
    }

    private static string? Refusal(Checkpoint checkpoint, WitnessState last, Func<long, long, IReadOnlyList<Hash>> consistencyProof)
    {
        var seen = $"{last.Size} seen on {last.Updated.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)}";
        if (checkpoint.Origin != last.Origin)
        {
            return $"wrong log: checkpoint is for '{checkpoint.Origin}', but this witness follows '{last.Origin}'";
        }

        if (checkpoint.Size < last.Size)
        {
            return $"rollback: checkpoint {checkpoint.Size} is smaller than checkpoint {seen}";
        }

        if (checkpoint.Size == last.Size)
        {
            return checkpoint.Root == last.Root ? null
                : $"fork: checkpoint {checkpoint.Size} has root {checkpoint.Root.ToBase64()}, not the {last.Root.ToBase64()} of checkpoint {seen}";
        }

        // Every tree extends the empty one, and RFC 9162 defines no proof from size 0.
        if (last.Size == 0)
        {
            return null;
        }

        var proof = consistencyProof(last.Size, checkpoint.Size);
        return ProofVerifier.Consistency(last.Size, checkpoint.Size, last.Root, checkpoint.Root, proof) is { } broken
            ? $"fork: checkpoint {checkpoint.Size} is not consistent with {seen} ({broken})"
            : null;
    }
}
