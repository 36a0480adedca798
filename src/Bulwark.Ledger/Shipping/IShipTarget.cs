namespace Bulwark.Ledger.Shipping;

/// <summary>
/// Somewhere shipped messages go: a syslog collector, Splunk's HTTP Event Collector, a webhook or a file. A target
/// reports a batch as acknowledged only when the receiver has it (or, for plain syslog, when it was written and
/// flushed); anything less is a failure, so the shipper keeps its cursor and sends the batch again.
/// </summary>
public interface IShipTarget : IAsyncDisposable
{
    /// <summary>The target as the user named it, without credentials: what a cursor file is bound to.</summary>
    string Spec { get; }

    /// <summary>
    /// Whether an acknowledgement proves receipt. False for syslog over TCP, which has no application-level
    /// acknowledgement: the shipper then sends the last batch again after every reconnect.
    /// </summary>
    bool AcknowledgesDelivery { get; }

    /// <summary>Sends <paramref name="batch"/> in order; the result says whether it was acknowledged and, if not, whether trying again may help.</summary>
    Task<SendResult> SendAsync(IReadOnlyList<ShippedMessage> batch, CancellationToken cancellationToken);
}
