using Bulwark.Ledger.Merkle;

namespace Bulwark.Ledger.Verification;

/// <summary>The outcome of verifying a ledger end to end.</summary>
public sealed record VerificationReport
{
    /// <summary>Entries read.</summary>
    public long Entries { get; init; }

    /// <summary>Checkpoints whose signature and root both verified.</summary>
    public int CheckpointsVerified { get; init; }

    /// <summary>Checkpoints saved elsewhere that the log was checked against.</summary>
    public int TrustedCheckpointsChecked { get; init; }

    /// <summary>The root over every entry read.</summary>
    public Hash Root { get; init; }

    /// <summary>The size of the newest checkpoint that verified; 0 when none did.</summary>
    public long VerifiedSize { get; init; }

    /// <summary>Everything found, in file order.</summary>
    public IReadOnlyList<VerificationProblem> Problems { get; init; } = [];

    /// <summary>How long verification took.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>True when nothing found means the log was altered.</summary>
    public bool Intact => Problems.All(p => !p.IsTampering);
}
