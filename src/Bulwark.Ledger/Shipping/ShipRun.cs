namespace Bulwark.Ledger.Shipping;

/// <summary>
/// One shipper bound to one target and cursor; <see cref="RunAsync"/> ships what is committed and may be called
/// again (follow mode) with the connection and the unconfirmed last batch kept in between.
/// </summary>
internal sealed class ShipRun(LedgerShipper settings, IShipTarget target, string cursorPath, int batchSize)
{
    // For targets without acknowledgement: the last batch written, and whether it must go out again before the
    // next one because the connection it went over was lost (or because a new run cannot know it arrived).
    private IReadOnlyList<ShippedMessage>? _unconfirmed;
    private bool _resend;

    internal async Task<ShipResult> RunAsync(string ledgerPath, CancellationToken cancellationToken)
    {
        var opened = Ledger.Open(ledgerPath, writable: false);
        if (!opened.Succeeded)
        {
            return Refused(string.Join("; ", opened.Problems));
        }

        using var ledger = opened.Value!;
        var checkpoints = ledger.ReadCheckpoints().ToList();
        var cursor = ShipCursor.Load(cursorPath, out var unreadable) ?? new ShipCursor(target.Spec, ledger.Origin, default, null);
        var refusal = unreadable ?? Mismatch(cursor, ledger, checkpoints.Count);
        if (refusal is not null)
        {
            return Refused(refusal);
        }

        var from = cursor.Position;
        var tally = new ShipResult { Status = ShipStatus.Done, From = from, To = from };
        if (_unconfirmed is null && !target.AcknowledgesDelivery && cursor.LastBatch is { } last)
        {
            _unconfirmed = Messages(ledger, checkpoints, last, from, out var problem);
            _resend = true;
            if (problem is not null)
            {
                return tally with { Status = ShipStatus.GaveUp, Problem = problem };
            }
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var position = cursor.Position;
            var next = Next(position, ledger.CommittedSize, checkpoints.Count);
            if (next == position)
            {
                return tally;
            }

            var batch = Messages(ledger, checkpoints, position, next, out var problem);
            if (problem is not null)
            {
                return tally with { Status = ShipStatus.GaveUp, Problem = problem };
            }

            var (sent, resent, attempts) = await SendAsync(batch!, cancellationToken);
            if (!sent.Succeeded)
            {
                var how = sent.Transient ? $"gave up after {attempts} attempt(s)" : "refused";
                return tally with { Status = ShipStatus.GaveUp, Problem = $"shipping to {target.Spec} {how}: {sent.Failure}; the cursor stays at entry {position.NextIndex}, checkpoint {position.CheckpointsShipped}, and the next run resumes there" };
            }

            cursor = cursor with { Position = next, LastBatch = target.AcknowledgesDelivery ? null : position };
            tally = tally with
            {
                To = next,
                EntriesSent = tally.EntriesSent + (next.NextIndex - position.NextIndex),
                CheckpointsSent = tally.CheckpointsSent + (next.CheckpointsShipped - position.CheckpointsShipped),
                Resent = tally.Resent + resent,
            };
            if (cursor.Save(cursorPath) is { } unsaved)
            {
                return tally with { Status = ShipStatus.GaveUp, To = position, Problem = unsaved + "; the last batch was delivered and will be sent again" };
            }

            if (settings.AfterBatch is { } after)
            {
                await after(next, cancellationToken);
            }
        }
    }

    private async Task<(SendResult Result, int Resent, int Attempts)> SendAsync(IReadOnlyList<ShippedMessage> batch, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var again = _resend && _unconfirmed is { Count: > 0 } ? _unconfirmed : [];
            var result = await target.SendAsync([.. again, .. batch], cancellationToken);
            if (result.Succeeded)
            {
                _resend = false;
                _unconfirmed = target.AcknowledgesDelivery ? null : batch;
                return (result, again.Count, attempt);
            }

            // A failed send means a new connection next time; whatever went over the old one may be lost with it.
            _resend = !target.AcknowledgesDelivery;
            if (!result.Transient || attempt >= settings.Retry.MaxAttempts)
            {
                return (result, 0, attempt);
            }

            await Task.Delay(settings.Retry.DelayAfter(attempt), settings.Clock, cancellationToken);
        }
    }

    // Entries first, up to the committed size; checkpoints only once every entry has gone, so a receiver has the
    // entries a checkpoint covers before the checkpoint itself.
    private ShipPosition Next(ShipPosition at, long committed, int checkpoints) =>
        at.NextIndex < committed ? at with { NextIndex = Math.Min(at.NextIndex + batchSize, committed) }
        : at.CheckpointsShipped < checkpoints ? at with { CheckpointsShipped = Math.Min(at.CheckpointsShipped + batchSize, checkpoints) }
        : at;

    private List<ShippedMessage>? Messages(Ledger ledger, List<string> checkpoints, ShipPosition from, ShipPosition to, out string? problem)
    {
        problem = null;
        var messages = new List<ShippedMessage>();
        var now = settings.Clock.GetUtcNow();
        try
        {
            for (var index = from.NextIndex; index < to.NextIndex && problem is null; index++)
            {
                messages.Add(WireFormat.Entry(ledger.Origin, ledger.ReadEntry(index), settings.MachineName, now, out problem)!);
            }

            for (var k = from.CheckpointsShipped; k < to.CheckpointsShipped && problem is null; k++)
            {
                messages.Add(WireFormat.Checkpoint(ledger.Origin, checkpoints[(int)k], settings.MachineName, now, out problem)!);
                problem = problem is null ? null : $"checkpoint {k + 1} of the ledger: {problem}";
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            problem = $"reading {ledger.Paths.Ledger}: {e.Message}";
        }

        return problem is null ? messages : null;
    }

    private string? Mismatch(ShipCursor cursor, Ledger ledger, int checkpoints)
    {
        if (cursor.Target != target.Spec)
        {
            return $"cursor {cursorPath} belongs to target {cursor.Target}, not {target.Spec}; give each target its own cursor file";
        }

        if (cursor.Origin != ledger.Origin)
        {
            return $"cursor {cursorPath} belongs to the ledger '{cursor.Origin}', not '{ledger.Origin}'";
        }

        // A cursor past the end means the ledger lost entries or checkpoints since they were shipped: never paper over that.
        return cursor.Position.NextIndex > ledger.CommittedSize || cursor.Position.CheckpointsShipped > checkpoints
            ? $"cursor {cursorPath} says {cursor.Position.NextIndex} entries and {cursor.Position.CheckpointsShipped} checkpoints were shipped, but the ledger has only {ledger.CommittedSize} and {checkpoints}: was it replaced or truncated? Run 'bulwark ledger verify'"
            : null;
    }

    private static ShipResult Refused(string problem) => new() { Status = ShipStatus.Refused, Problem = problem };
}
