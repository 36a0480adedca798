namespace Bulwark.Ledger.Shipping;

/// <summary>One message on the wire, with what transports put in their envelopes. Built by <see cref="WireFormat"/>.</summary>
/// <param name="Type"><c>entry</c> or <c>checkpoint</c>.</param>
/// <param name="Position">The entry's index, or the checkpoint's size.</param>
/// <param name="Time">The event's time for an entry; the time it was shipped for a checkpoint.</param>
/// <param name="Host">The event's host for an entry; the shipping machine for a checkpoint.</param>
/// <param name="Json">The message: one UTF-8 JSON object without a line break.</param>
public sealed record ShippedMessage(string Type, long Position, DateTimeOffset Time, string Host, byte[] Json);
