namespace Bulwark.Ledger.Notes;

/// <summary>A checkpoint a witness has checked and cosigned.</summary>
/// <param name="Text">The checkpoint note with the witness's cosignature line added, ready to publish.</param>
/// <param name="Checkpoint">The checkpoint that was cosigned.</param>
/// <param name="TrustedOnFirstUse">
/// True when the witness had no earlier checkpoint of the log, so it took this one on trust rather than
/// proving it extends anything; later checkpoints are held to it.
/// </param>
public sealed record Cosigned(string Text, Checkpoint Checkpoint, bool TrustedOnFirstUse)
{
    /// <summary>One line for the witness's output.</summary>
    public string Summary => TrustedOnFirstUse
        ? $"cosigned {Checkpoint.Origin} at size {Checkpoint.Size}, trusted on first use (no earlier checkpoint of this log was on record)"
        : $"cosigned {Checkpoint.Origin} at size {Checkpoint.Size}, consistent with the last checkpoint seen";
}
