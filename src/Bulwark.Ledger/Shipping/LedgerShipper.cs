namespace Bulwark.Ledger.Shipping;

/// <summary>
/// <c>bulwark ledger ship</c>: sends committed entries, then the checkpoints not yet sent, to a target in batches,
/// at least once. A persisted cursor advances only after a batch is acknowledged, so a run that is cancelled,
/// crashes or gives up resumes where delivery was last confirmed; the receiver drops repeats and proves
/// completeness with the checkpoints (<see cref="ShippedVerifier"/>).
/// </summary>
public sealed class LedgerShipper
{
    /// <summary>Retries of a failing batch.</summary>
    public ShipRetry Retry { get; init; } = ShipRetry.Default;

    /// <summary>The clock for checkpoint timestamps and backoff waits.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The host named in checkpoint messages, and in entries that carry none.</summary>
    public string MachineName { get; init; } = Environment.MachineName;

    /// <summary>Called after each acknowledged batch with the new cursor position (progress output, tests).</summary>
    public Func<ShipPosition, CancellationToken, Task>? AfterBatch { get; init; }

    /// <summary>
    /// Ships what the ledger at <paramref name="ledgerPath"/> has committed, <paramref name="batchSize"/> messages
    /// at a time, resuming from the cursor at <paramref name="cursorPath"/> (created when absent). Cancellation
    /// throws <see cref="OperationCanceledException"/>; the cursor then marks the last acknowledged batch.
    /// </summary>
    public Task<ShipResult> ShipAsync(string ledgerPath, IShipTarget target, string cursorPath, int batchSize, CancellationToken cancellationToken) =>
        batchSize < 1
            ? Task.FromResult(new ShipResult { Status = ShipStatus.Refused, Problem = $"the batch size must be at least 1, not {batchSize}" })
            : new ShipRun(this, target, cursorPath, batchSize).RunAsync(ledgerPath, cancellationToken);

    /// <summary>
    /// Ships, then looks again every <paramref name="pollInterval"/> for newly committed entries and checkpoints,
    /// keeping the target's connection. Runs until cancelled (throwing <see cref="OperationCanceledException"/>)
    /// or until a run fails, whose result it returns so a supervisor can report it and restart.
    /// </summary>
    public async Task<ShipResult> FollowAsync(string ledgerPath, IShipTarget target, string cursorPath, int batchSize, TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        if (batchSize < 1)
        {
            return await ShipAsync(ledgerPath, target, cursorPath, batchSize, cancellationToken);
        }

        var run = new ShipRun(this, target, cursorPath, batchSize);
        while (true)
        {
            var result = await run.RunAsync(ledgerPath, cancellationToken);
            if (!result.Succeeded)
            {
                return result;
            }

            await Task.Delay(pollInterval, Clock, cancellationToken);
        }
    }
}
