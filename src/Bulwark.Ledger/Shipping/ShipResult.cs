namespace Bulwark.Ledger.Shipping;

/// <summary>What a shipping run did; on failure, also why, and that the cursor is intact.</summary>
public sealed record ShipResult
{
    /// <summary>How the run ended.</summary>
    public required ShipStatus Status { get; init; }

    /// <summary>Why it did not finish, in words for the operator; null when done.</summary>
    public string? Problem { get; init; }

    /// <summary>Where the run started.</summary>
    public ShipPosition From { get; init; }

    /// <summary>Where the cursor stands now: everything before it was acknowledged.</summary>
    public ShipPosition To { get; init; }

    /// <summary>Entries newly acknowledged in this run.</summary>
    public long EntriesSent { get; init; }

    /// <summary>Checkpoints newly acknowledged in this run.</summary>
    public long CheckpointsSent { get; init; }

    /// <summary>Messages sent a second time after a reconnect (syslog only); receivers drop such exact repeats.</summary>
    public long Resent { get; init; }

    /// <summary>True when everything committed was acknowledged.</summary>
    public bool Succeeded => Status == ShipStatus.Done;

    /// <inheritdoc />
    public override string ToString() => !Succeeded ? $"{Status}: {Problem}"
        : EntriesSent == 0 ? $"no new entries; {CheckpointsSent} checkpoint(s) shipped"
        : $"shipped entries {From.NextIndex}–{To.NextIndex - 1} and {CheckpointsSent} checkpoint(s)";
}
